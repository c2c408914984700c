package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.attract.support.Api;
import io.attract.support.OwnerConnection;
import io.attract.support.Tokens;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention against the real database: the purge removes what is past the retention and records itself; V15 keeps
 * everything younger than 180 days and every change outside audit_purge refused. Old rows are inserted under an
 * entity name of their own, so the other tests' audit rows are neither touched nor counted.
 */
@QuarkusTest
class AuditRetentionTest {

    @Inject
    AuditRetention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsOlderThanTheRetentionArePurgedAndThePurgeIsInTheTrail() throws SQLException {
        String entity = entity();
        long days400 = insert(entity, 400);
        long days200 = insert(entity, 200);
        long days185 = insert(entity, 185);
        long days179 = insert(entity, 179);
        long today = insert(entity, 0);
        long before = maxId();

        AuditRetention.Outcome outcome = retention.purge(Duration.ofDays(190));

        assertThat(outcome.skipped()).isFalse();
        assertThat(outcome.deleted()).isGreaterThanOrEqualTo(2);
        assertThat(ids(entity)).containsExactly(days185, days179, today).doesNotContain(days400, days200);
        // One PURGE row by the system, with the count and the cut-off.
        List<String[]> purges = rows("select actor, entity, changes->'deleted'->>'after', "
                + "changes->'retentionDays'->>'after', entity_id from audit_event where action = 'PURGE' and id > "
                + before);
        assertThat(purges).hasSize(1);
        assertThat(purges.get(0)).startsWith(AuditActor.SYSTEM, "AuditEvent", String.valueOf(outcome.deleted()), "190");
        assertThat(purges.get(0)[4]).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        Api.get(Tokens.STATS, "/api/audit", "action", "PURGE", "entity", "AuditEvent")
                .statusCode(200)
                .body("items[0].actor", equalTo(AuditActor.SYSTEM))
                .body("items[0].changes.deleted.after", equalTo((int) outcome.deleted()));

        // Nothing left to purge: nothing deleted, no PURGE row.
        long after = maxId();
        assertThat(retention.purge(Duration.ofDays(190)).deleted()).isZero();
        assertThat(rows("select id from audit_event where action = 'PURGE' and id > " + after))
                .isEmpty();
    }

    @Test
    void theDatabaseKeepsRowsYoungerThan180DaysWhateverTheRetention() throws SQLException {
        String entity = entity();
        long days179 = insert(entity, 179);

        assertThatThrownBy(() -> sql("select audit_purge(interval '30 days')"))
                .hasMessageContaining("below the 180-day floor");
        assertThatThrownBy(() -> sql("select audit_purge(interval '179 days 23 hours')"))
                .hasMessageContaining("below the 180-day floor");
        assertThatThrownBy(() -> retention.purge(Duration.ofDays(30))).isInstanceOf(ConfigurationException.class);
        // A session that raises the purge flag by hand still cannot delete a row younger than 180 days.
        assertThatThrownBy(() -> inTransaction(
                        "select set_config('attract.audit_purge', 'on', true)",
                        "delete from audit_event where id = " + days179))
                .hasMessageContaining("append-only");
        assertThat(ids(entity)).containsExactly(days179);
    }

    @Test
    void deletesOutsideThePurgeAreRefusedYoungOrOld() throws SQLException {
        String entity = entity();
        long young = insert(entity, 1);
        long old = insert(entity, 400);

        assertThatThrownBy(() -> sql("delete from audit_event where id = " + young))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from audit_event where id = " + old))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from audit_event where entity = '" + entity + "'"))
                .hasMessageContaining("append-only");
        assertThat(ids(entity)).containsExactly(old, young);
    }

    @Test
    void updateAndTruncateStayRefusedEvenDuringAPurge() throws SQLException {
        String entity = entity();
        long old = insert(entity, 400);

        assertThatThrownBy(() -> sql("update audit_event set actor = 'someone-else' where id = " + old))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> inTransaction(
                        "select set_config('attract.audit_purge', 'on', true)",
                        "update audit_event set actor = 'someone-else' where id = " + old))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("truncate audit_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        inTransaction("select set_config('attract.audit_purge', 'on', true)", "truncate audit_event"))
                .hasMessageContaining("append-only");
        assertThat(rows("select actor from audit_event where id = " + old).get(0)[0])
                .isEqualTo("test");
    }

    @Test
    void aLongBacklogIsPurgedInBatchesOldestFirstEachRecorded() throws SQLException {
        String entity = entity();
        long oldest = insert(entity, 9000);
        long older = insert(entity, 8000);
        long old = insert(entity, 7000);
        long before = maxId();

        // One transaction deletes one row: the oldest of the whole trail.
        assertThat(retention.purgeBatch(Duration.ofDays(200), 1).deleted()).isEqualTo(1);
        assertThat(ids(entity)).containsExactly(older, old).doesNotContain(oldest);

        AuditRetention.Outcome rest = retention.purge(Duration.ofDays(200), 1);
        assertThat(rest.deleted()).isGreaterThanOrEqualTo(2);
        assertThat(ids(entity)).isEmpty();
        // A PURGE row for every batch, each of one row.
        assertThat(rows("select changes->'deleted'->>'after' from audit_event where action = 'PURGE' and id > "
                        + before))
                .hasSize((int) rest.deleted() + 1)
                .allSatisfy(r -> assertThat(r[0]).isEqualTo("1"));
    }

    @Test
    void oneReplicaPurgesAtATime() throws SQLException {
        String entity = entity();
        long old = insert(entity, 400);
        try (Connection otherReplica = dataSource.getConnection();
                Statement s = otherReplica.createStatement()) {
            s.execute("select pg_advisory_lock(cast('audit_event' as regclass)::int)");
            try {
                AuditRetention.Outcome outcome = retention.purge(Duration.ofDays(365));
                assertThat(outcome.skipped()).isTrue();
                assertThat(outcome.deleted()).isZero();
                assertThat(ids(entity)).containsExactly(old);
            } finally {
                s.execute("select pg_advisory_unlock(cast('audit_event' as regclass)::int)");
            }
        }
        assertThat(retention.purge(Duration.ofDays(365)).skipped()).isFalse();
        assertThat(ids(entity)).isEmpty();
    }

    @Test
    void theConfiguredRetentionIsTheDefaultAndAboveTheFloor() {
        assertThat(retention.retention()).isEqualTo(Duration.ofDays(730));
    }

    /** No test (nor anything else) may leave the append-only triggers disabled. */
    @AfterEach
    void appendOnlyTriggersStayEnabled() throws SQLException {
        assertThat(rows(
                        "select tgname::text || ':' || tgenabled::text from pg_trigger where tgrelid = 'audit_event'::regclass "
                                + "and not tgisinternal order by tgname"))
                .extracting(r -> r[0])
                .containsExactly("audit_event_no_change:O", "audit_event_no_truncate:O");
    }

    // ---- plain JDBC, autocommit: each statement is its own transaction, like another session would run it ----

    private static String entity() {
        return "RetentionTest-" + System.nanoTime();
    }

    private long insert(String entity, int daysAgo) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                insert into audit_event (occurred_at, actor, action, entity, entity_id)
                values (now() - make_interval(days => ?), 'test', 'CREATE', ?, ?) returning id""")) {
            insert.setInt(1, daysAgo);
            insert.setString(2, entity);
            insert.setString(3, daysAgo + "d");
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Long> ids(String entity) throws SQLException {
        return rows("select id from audit_event where entity = '" + entity + "' order by occurred_at").stream()
                .map(r -> Long.parseLong(r[0]))
                .toList();
    }

    private long maxId() throws SQLException {
        return Long.parseLong(
                rows("select coalesce(max(id), 0) from audit_event").get(0)[0]);
    }

    private List<String[]> rows(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            List<String[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** As the schema's owner: the trigger holds even for the owner (the application's role has no DELETE at all). */
    private void sql(String statement) throws SQLException {
        try (Connection c = OwnerConnection.open();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private void inTransaction(String... statements) throws SQLException {
        try (Connection c = OwnerConnection.open();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
