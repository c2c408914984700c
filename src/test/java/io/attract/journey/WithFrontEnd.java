package io.attract.journey;

import io.attract.reminder.FakeReceivers;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Builds and serves the front end (Quinoa), runs its Vitest suite (npm test) as part of the start (not for a single
 * journey, -Djourney=NAME), and loads the
 * demo data the journeys walk through (units, demo users' units, target firms). The reminders go to an SMTP server and a
 * group-robot receiver of the test's own ({@link FakeReceivers}).
 */
public class WithFrontEnd implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // -Djourney=NAME (one journey while working on it) skips the Vitest suite; the whole run keeps it
        String vitest = System.getProperty("journey", "").isBlank() ? "true" : "false";
        return Map.of("quarkus.quinoa", "true", "quarkus.quinoa.run-tests", vitest, "attract.demo.enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeReceivers.class));
    }
}
