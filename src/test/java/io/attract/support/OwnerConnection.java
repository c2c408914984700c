package io.attract.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection as the schema's owner (attract.database.migration.username), not as the application's role the
 * datasource uses: for tests of what holds even for the owner, such as the audit trail's trigger.
 */
public final class OwnerConnection {

    private OwnerConnection() {}

    public static Connection open() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("attract.database.migration.username", String.class)
                .orElseGet(() -> config.getValue("quarkus.datasource.username", String.class));
        String password = config.getOptionalValue("attract.database.migration.password", String.class)
                .orElse(null);
        return DriverManager.getConnection(url, user, password);
    }
}
