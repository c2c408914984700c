package io.attract.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyRetentionTest {

    @Inject
    IdempotencyKeyRetention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void keysOlderThanThirtyDaysAreForgottenYoungerOnesKept() throws SQLException {
        String user = "retention-" + System.nanoTime();
        insert(user, "old", 31);
        insert(user, "edge", 29);
        insert(user, "new", 0);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        assertThat(keys(user)).containsExactlyInAnyOrder("edge", "new");
    }

    private void insert(String user, String key, int daysAgo) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                insert into idempotent_create (username, key, operation, entity_id, created_at)
                values (?, ?, 'POST /api/test', 1, now() - make_interval(days => ?))""")) {
            insert.setString(1, user);
            insert.setString(2, key);
            insert.setInt(3, daysAgo);
            insert.executeUpdate();
        }
    }

    private List<String> keys(String user) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select key from idempotent_create where username = ?")) {
            q.setString(1, user);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        }
    }
}
