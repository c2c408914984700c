package io.attract.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "attract.demo")
public interface DemoConfig {

    /** Fill an empty database with the Tianqiao-shaped demo. On in dev/demo, never in prod. */
    @WithDefault("false")
    boolean enabled();
}
