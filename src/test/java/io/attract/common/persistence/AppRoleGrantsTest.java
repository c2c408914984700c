package io.attract.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.attract.support.OwnerConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The test run, like a production install, migrates as the schema's owner and runs as the application's own role
 * (application.properties: attract.database.migration.username). That role may work with the data but not change
 * the schema, and may only add to the audit trail — whatever SQL it is tricked into running.
 */
@QuarkusTest
class AppRoleGrantsTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.username")
    String appRole;

    @ConfigProperty(name = "attract.database.migration.username")
    String owner;

    @Test
    void theTestsRunAsARoleThatDoesNotOwnTheSchema() throws SQLException {
        assertThat(appRole).isNotEqualTo(owner);
        assertThat(value("select current_user")).isEqualTo(appRole);
        assertThat(value("select tableowner from pg_tables where tablename = 'audit_event'"))
                .isEqualTo(owner);
        assertThat(value("select rolsuper::text from pg_roles where rolname = current_user"))
                .isEqualTo("false");
    }

    @Test
    void theAppRoleOnlyAddsToTheAuditTrail() throws SQLException {
        long id = Long.parseLong(value("""
                insert into audit_event (actor, action, entity, entity_id) values ('grants-test', 'TEST', 'GrantsTest', '1')
                returning id"""));
        assertThat(value("select actor from audit_event where id = " + id)).isEqualTo("grants-test");

        assertRefused("update audit_event set actor = 'someone-else' where id = " + id);
        assertRefused("delete from audit_event where id = " + id);
        assertRefused("truncate audit_event");
        assertRefused("alter table audit_event disable trigger audit_event_no_change");
        assertRefused("drop trigger audit_event_no_change on audit_event");
        assertRefused("drop function audit_event_append_only() cascade");
        // The purge runs with its owner's rights and still only takes rows older than 180 days.
        assertThat(Long.parseLong(value("select audit_purge(interval '3650 days')")))
                .isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> value("select audit_purge(interval '30 days')"))
                .hasMessageContaining("180-day floor");
        assertThat(value("select actor from audit_event where id = " + id)).isEqualTo("grants-test");
    }

    @Test
    void theAppRoleCannotChangeTheSchemaOrItsHistory() throws SQLException {
        assertRefused("create table grants_test (i int)");
        assertRefused("alter table project add column grants_test int");
        assertRefused("drop table project");
        assertRefused("delete from flyway_schema_history");
    }

    @Test
    void grantsAreIdempotentAndRefuseOddRoleNames() throws SQLException {
        try (Connection c = OwnerConnection.open()) {
            AppRoleGrants.apply(c, appRole);
            AppRoleGrants.apply(c, appRole);
        }
        assertThatThrownBy(() -> AppRoleGrants.statements("app\"; drop table project; --"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(value("select count(*) from project")).isNotNull();
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> value(sql))
                .as(sql)
                .isInstanceOf(SQLException.class)
                .satisfies(e ->
                        assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42501"));
    }

    private String value(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
