package io.attract.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
