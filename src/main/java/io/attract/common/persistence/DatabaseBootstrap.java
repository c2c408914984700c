package io.attract.common.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Creates the database when missing (UTF-8, non-C LC_CTYPE) and then runs Flyway, before anything else
 * touches the database. Quarkus' own migrate-at-start would run before the database exists.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    public static final int PRIORITY = 10;
    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    @Inject
    DatabaseConfig config;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) throws SQLException {
        if (config.createIfMissing()) {
            createIfMissing();
            if (ownerRole().isPresent()) {
                try (Connection owner = DriverManager.getConnection(jdbcUrl, ownerProperties())) {
                    AppRoleGrants.createIfMissing(owner, username, password.filter(p -> !p.isEmpty()));
                }
            }
        }
        Flyway migrations = ownerRole().isPresent() ? asOwner(ownerRole().get()) : flyway;
        if (config.cleanAtStart()) {
            migrations.clean();
        }
        migrations.migrate();
        if (ownerRole().isPresent()) {
            try (Connection owner = DriverManager.getConnection(jdbcUrl, ownerProperties())) {
                AppRoleGrants.apply(owner, username);
            }
            LOG.infof(
                    "Migrated as %s; the application runs as %s (no schema changes, audit trail append-only)",
                    ownerRole().get(), username);
        }
    }

    /** The schema owner's role when it is not the datasource's own. */
    private Optional<String> ownerRole() {
        return config.migration().username().filter(owner -> !owner.equals(username));
    }

    private Flyway asOwner(String owner) {
        return Flyway.configure()
                .configuration(flyway.getConfiguration())
                .dataSource(jdbcUrl, owner, config.migration().password().orElse(null))
                .load();
    }

    /** The owner's credentials when set, else the datasource's. */
    private Properties ownerProperties() {
        Properties props = new Properties();
        props.setProperty("user", ownerRole().orElse(username));
        Optional<String> secret = ownerRole().isPresent() ? config.migration().password() : password;
        secret.ifPresent(p -> props.setProperty("password", p));
        return props;
    }

    private void createIfMissing() throws SQLException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!SAFE_NAME.matcher(database).matches()) {
            LOG.warnf("Not creating database '%s': unusual name, create it by hand", database);
            return;
        }
        String maintenanceUrl = jdbcUrl.replaceFirst("/" + Pattern.quote(database) + "(?=$|\\?)", "/postgres");
        try (Connection c = DriverManager.getConnection(maintenanceUrl, ownerProperties());
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database \"" + database + "\" template template0 encoding 'UTF8' lc_collate '"
                        + config.ctype() + "' lc_ctype '" + config.ctype() + "'");
                LOG.infof("Created database %s (LC_CTYPE %s)", database, config.ctype());
            }
        } catch (SQLException e) {
            // A managed database or a restricted role: the database must then exist already.
            LOG.warnf("Could not check or create database %s: %s", database, e.getMessage());
        }
    }
}
