package io.attract.journey;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Builds and serves the front end (Quinoa), runs its Vitest suite (npm test) as part of the start, and loads the
 * demo data the journeys walk through (units, demo users' units, target firms).
 */
public class WithFrontEnd implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.quinoa", "true", "quarkus.quinoa.run-tests", "true", "attract.demo.enabled", "true");
    }
}
