package io.attract.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the application's own database role may do, granted by the schema's owner after each migration: read and
 * write the business tables, never change the schema, and only add to the audit trail (no UPDATE, DELETE or
 * TRUNCATE on audit_event; old rows go through audit_purge(), which runs as the owner). Not being the owner, the
 * role cannot disable or drop the append-only trigger either.
 */
public final class AppRoleGrants {

    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private AppRoleGrants() {}

    static List<String> statements(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("unusual role name '" + role + "': use letters, digits and _");
        }
        String r = "\"" + role + "\"";
        return List.of(
                "grant usage on schema public to " + r,
                "grant select, insert, update, delete on all tables in schema public to " + r,
                "grant usage, select on all sequences in schema public to " + r,
                "revoke update, delete, truncate on audit_event from " + r,
                "revoke insert, update, delete, truncate on flyway_schema_history from " + r,
                "revoke create on schema public from " + r,
                "grant execute on function audit_purge(interval, integer) to " + r);
    }

    /**
     * Creates the role when it does not exist yet: login, with the datasource's password (none: local trust, as in
     * development and tests). A trial or compose install then needs only the owner's account made by hand.
     */
    static void createIfMissing(Connection owner, String role, Optional<String> password) throws SQLException {
        statements(role); // checks the name
        try (PreparedStatement exists = owner.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        // format(%I, %L) quotes the name and the password on the server: DDL takes no bind parameters.
        try (PreparedStatement ddl = owner.prepareStatement(
                password.isPresent()
                        ? "select format('create role %I login password %L', ?, ?)"
                        : "select format('create role %I login', ?)")) {
            ddl.setString(1, role);
            if (password.isPresent()) {
                ddl.setString(2, password.get());
            }
            try (ResultSet rs = ddl.executeQuery();
                    Statement create = owner.createStatement()) {
                rs.next();
                create.execute(rs.getString(1));
            }
        }
    }

    /** Runs on a connection of the schema's owner; idempotent. */
    public static void apply(Connection owner, String role) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            for (String sql : statements(role)) {
                statement.execute(sql);
            }
        }
    }
}
