package io.attract.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "attract.database")
public interface DatabaseConfig {

    /** Create the database named in the JDBC URL when it does not exist yet. */
    @WithDefault("true")
    boolean createIfMissing();

    /** LC_CTYPE of a created database: not C, so that pg_trgm indexes Chinese. */
    @WithDefault("C.UTF-8")
    String ctype();

    /** Tests only: drop every object before migrating. */
    @WithDefault("false")
    boolean cleanAtStart();

    /**
     * The role that owns the schema: it creates the database and runs the migrations. Unset: the datasource's own
     * role does (one role, as in development). Set: the datasource's role is the application's, granted only what
     * it needs at every start ({@link AppRoleGrants}) — it cannot alter the schema or change the audit trail.
     */
    Migration migration();

    interface Migration {
        Optional<String> username();

        Optional<String> password();
    }
}
