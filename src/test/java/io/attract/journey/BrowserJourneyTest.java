package io.attract.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.project.DistrictLedgers;
import io.attract.reminder.FakeReceivers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The journeys a person makes, in real Chromium (frontend/e2e, playwright-core), against this test instance with
 * its OIDC Dev Service. Needs /usr/bin/chromium (.ci/run installs it from Debian's packages).
 */
@QuarkusTest
@TestProfile(WithFrontEnd.class)
class BrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void browserJourneysPass() throws IOException, InterruptedException {
        assertThat(new File("/usr/bin/chromium"))
                .as("Chromium (apt-get install chromium)")
                .exists();
        // -Djourney=ledger-import runs e2e/ledger-import.test.mjs alone (while working on one journey)
        String only = System.getProperty("journey", "");
        ProcessBuilder journey = new ProcessBuilder(
                        "node", "--test", "--test-concurrency=1", only.isBlank() ? "e2e/" : "e2e/" + only + ".test.mjs")
                .directory(new File("frontend"))
                .redirectErrorStream(true);
        journey.environment().put("BASE_URL", base.toString().replaceAll("/$", ""));
        // The ledger journey uploads a district-shaped sheet whose unit and zone are new to this database.
        String suffix = "J" + System.currentTimeMillis() % 1_000_000;
        journey.environment()
                .put(
                        "LEDGER_SHEET",
                        DistrictLedgers.writeJourneySheet(Path.of("target", "journey"), suffix)
                                .toAbsolutePath()
                                .toString());
        journey.environment().put("LEDGER_SUFFIX", suffix);
        // The reminders journey reads what the fake SMTP server and robot receiver got (WithFrontEnd starts them).
        journey.environment()
                .put(
                        "REMINDER_RECEIVERS",
                        ConfigProvider.getConfig().getValue(FakeReceivers.URL_PROPERTY, String.class));
        Process process = journey.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        System.out.println(output);
        assertThat(finished).as("journeys finished in time").isTrue();
        assertThat(process.exitValue())
                .as("browser journeys (output above)\n" + output)
                .isZero();
    }
}
