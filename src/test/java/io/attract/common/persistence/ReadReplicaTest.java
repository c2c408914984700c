package io.attract.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Api;
import io.attract.support.ConfirmationSetting;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reports, exports and the cockpit read the streaming standby, writes go to the primary (ADR 0019). With the standby's replay
 * paused, a new project is written (to the primary: the standby would refuse it) but neither the report nor the
 * audit export shows it, and the report says the standby's replay time as its 数据截至; the month close, a write,
 * computes its snapshot from the primary and so counts it. Once replay resumes, both show it and the report a later
 * 数据截至. The cockpit, cached or not, likewise. Without the standby, the primary.
 */
@QuarkusTest
@TestProfile(WithStandby.class)
class ReadReplicaTest {

    private static final String MONTH = "2025-06";

    @Test
    void reportsReadTheStandbyAndWritesGoToThePrimary() throws Exception {
        StreamingStandby pair = StreamingStandby.running();
        ConfirmationSetting.set(false);
        Fixtures.assign(Tokens.OFFICER, Fixtures.unit(Fixtures.uniqueCode("replica")));
        pair.caughtUp();
        JsonPath first = report();
        int before = first.getInt("summary.newMonth");
        int created = projectsCreatedInTheTrail();
        Instant asOf = Instant.parse(first.getString("dataAsOf"));
        int cockpitBefore = cockpit().getInt("projects.newThisMonth.total");

        pair.pauseReplay();
        try {
            assertThat(asOf).isEqualTo(standbyReplayTime(pair));
            Instant written = Instant.now();
            Tokens.as(Tokens.OFFICER)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            "副本测试项目",
                            "pool",
                            "PROMOTION",
                            "stage",
                            "NEGOTIATING",
                            "effectiveDate",
                            MONTH + "-12"))
                    .post("/api/projects")
                    .then()
                    .statusCode(201);

            JsonPath paused = report();
            assertThat(paused.getInt("summary.newMonth"))
                    .as("the standby has not applied the write")
                    .isEqualTo(before);
            assertThat(Instant.parse(paused.getString("dataAsOf"))).isEqualTo(asOf);
            assertThat(projectsCreatedInTheTrail())
                    .as("the audit export reads the standby too")
                    .isEqualTo(created);
            JsonPath cockpit = cockpit();
            assertThat(cockpit.getInt("projects.newThisMonth.total"))
                    .as("the cockpit reads the standby")
                    .isEqualTo(cockpitBefore);
            assertThat(Instant.parse(cockpit.getString("dataAsOf"))).isEqualTo(asOf);

            Tokens.as(Tokens.STATS)
                    .post("/api/reports/monthly/" + MONTH + "/close")
                    .then()
                    .statusCode(200)
                    .body("publication.status", equalTo("CLOSED"))
                    .body("summary.newMonth", equalTo(before + 1));

            pair.resumeReplay();
            pair.caughtUp();
            JsonPath caughtUp = report();
            assertThat(caughtUp.getString("publication.status")).isEqualTo("CLOSED");
            assertThat(caughtUp.getInt("publication.liveSummary.newMonth")).isEqualTo(before + 1);
            assertThat(projectsCreatedInTheTrail()).isEqualTo(created + 1);
            assertThat(cockpit().getInt("projects.newThisMonth.total"))
                    .as("its cached figures give way once the standby has the change (ADR 0020)")
                    .isEqualTo(cockpitBefore + 1);
            assertThat(Instant.parse(caughtUp.getString("dataAsOf")))
                    .isAfter(written.minusSeconds(1))
                    .isEqualTo(standbyReplayTime(pair));
        } finally {
            pair.resumeReplay();
        }

        // The standby gone (its pooled connection dead too): reports read the primary, current now.
        pair.stopStandby();
        Instant now = Instant.now();
        JsonPath primary = report();
        assertThat(primary.getInt("publication.liveSummary.newMonth")).isEqualTo(before + 1);
        assertThat(Instant.parse(primary.getString("dataAsOf"))).isBetween(now.minusSeconds(5), now.plusSeconds(5));
    }

    private static JsonPath cockpit() {
        return Api.get(Tokens.LEADER, "/api/cockpit", "asOf", MONTH + "-30")
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath report() {
        return Tokens.as(Tokens.STATS)
                .get("/api/reports/monthly/" + MONTH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Rows of the audit export (.xlsx) for projects created, under the header row. */
    private static int projectsCreatedInTheTrail() throws Exception {
        byte[] xlsx = Api.download(Tokens.AUDITOR, "/api/audit/export", "entity", "Project", "action", "CREATE");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().size() - 1;
        }
    }

    private static Instant standbyReplayTime(StreamingStandby pair) throws Exception {
        try (Connection c = pair.standby();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_last_xact_replay_timestamp()")) {
            rs.next();
            return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }
}
