package io.attract.cockpit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attract.figures.FigureChangeRetention;
import io.attract.project.ProjectFixtures;
import io.attract.support.Fixtures;
import io.attract.support.OwnerConnection;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cockpit is cached (ADR 0020), and a cached cockpit never answers after what it was read from has changed. */
@QuarkusTest
class CockpitCacheTest implements WithoutConfirmation {

    @Inject
    FigureChangeRetention retention;

    private long unit;

    @BeforeEach
    void freshUnit() {
        unit = Fixtures.unitOf("cache", Tokens.OFFICER);
    }

    private int keyProject(String name) {
        Map<String, Object> body = ProjectFixtures.staged(name, "NEGOTIATING", "2026-02-02", "5000");
        body.put("keyProject", true);
        return ProjectFixtures.createAs(Tokens.OFFICER, body);
    }

    private ValidatableResponse cockpit() {
        return Cockpits.of(unit, "2026-03-31");
    }

    @Test
    void aChangeThroughTheApiShowsAtOnce() {
        int id = keyProject("缓存测试项目");
        cockpit().body("projects.newThisYear.negotiating", equalTo(1)).body("fundsArrived.yearToDate", equalTo(0));
        cockpit().body("projects.newThisYear.negotiating", equalTo(1));

        ProjectFixtures.fund(id, "2026-03-03", "80", "0");
        cockpit().body("fundsArrived.yearToDate", equalTo(80f)).body("keyProjects[0].fundsYearToDate", equalTo(80f));
    }

    /**
     * The hard case: a transaction that began before the cached figures were read and commits after. The figures
     * did not see it; the next look must.
     */
    @Test
    void aWriteThatCommitsAfterTheFiguresWereReadIsSeenNextTime() throws Exception {
        int id = keyProject("并发写入前");
        try (Connection writer = OwnerConnection.open()) {
            writer.setAutoCommit(false);
            try (PreparedStatement rename = writer.prepareStatement("update project set name = ? where id = ?")) {
                rename.setString(1, "并发写入后");
                rename.setLong(2, id);
                rename.executeUpdate();
            }
            cockpit().body("keyProjects[0].name", equalTo("并发写入前"));
            cockpit().body("keyProjects[0].name", equalTo("并发写入前"));
            writer.commit();
        }
        cockpit().body("keyProjects[0].name", equalTo("并发写入后"));
    }

    @Test
    void aWriteOutsideTheAppIsSeenToo() throws Exception {
        keyProject("库外修改前");
        cockpit().body("keyProjects[0].name", equalTo("库外修改前"));
        try (Connection owner = OwnerConnection.open();
                PreparedStatement rename =
                        owner.prepareStatement("update project set name = '库外修改后' where unit_id = ?")) {
            rename.setLong(1, unit);
            assertEquals(1, rename.executeUpdate());
        }
        cockpit().body("keyProjects[0].name", equalTo("库外修改后"));
    }

    @Test
    void theChangeLogForgetsOnlyOldEndedTransactions() throws Exception {
        try (Connection owner = OwnerConnection.open();
                PreparedStatement old = owner.prepareStatement(
                        "insert into figure_change (txid, changed_at) values ('1', now() - interval '2 days')")) {
            old.executeUpdate();
        }
        keyProject("变更记录保留");
        int purged = retention.purge();
        assertEquals(true, purged >= 1, "the two-day-old row goes");
        try (Connection owner = OwnerConnection.open();
                var count = owner.createStatement()
                        .executeQuery(
                                "select count(*) from figure_change where changed_at > now() - interval '1 hour'")) {
            count.next();
            assertEquals(true, count.getLong(1) >= 1, "today's rows stay");
        }
    }
}
