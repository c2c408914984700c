package io.attract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The front end's API types are generated from this server's OpenAPI document (ADR 0024): the committed file must be
 * what the pinned generator makes of the document the server serves now. A server change that is not regenerated
 * fails here; a regeneration that breaks a client fails the front end's type check.
 */
@QuarkusTest
class OpenApiTypesTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Path SCRIPT = FRONTEND.resolve("scripts/api-types.mjs");
    private static final Path COMMITTED = FRONTEND.resolve("src/types/generated/api.d.ts");
    /** Where `npm run api:types` reads the document by default. */
    private static final Path DOCUMENT = Path.of("target/openapi.json");

    @Test
    void committedApiTypesAreWhatTheServersDocumentGenerates() throws Exception {
        assumeTrue(nodeAvailable(), "node is not on the PATH: the generated API types are not checked");
        assertThat(FRONTEND.resolve("node_modules/openapi-typescript"))
                .as("openapi-typescript is not installed: run npm ci in frontend/")
                .exists();
        String document = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);
        Path generated = Files.createTempFile("api", ".d.ts");
        try {
            run(List.of("node", SCRIPT.toString(), DOCUMENT.toString(), generated.toString()));
            String expected = Files.readString(generated, StandardCharsets.UTF_8);
            String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
            if (!expected.equals(committed)) {
                fail(COMMITTED + " is not what the server's OpenAPI document generates: run npm run api:types in"
                        + " frontend/ (it reads " + DOCUMENT + ", which this test has just written). First difference: "
                        + firstDifference(committed, expected));
            }
        } finally {
            Files.deleteIfExists(generated);
        }
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("the generator finished")
                .isTrue();
        assertThat(process.exitValue()).as("the generator failed: %s", output).isZero();
    }

    private static String firstDifference(String committed, String expected) {
        String[] was = committed.split("\n", -1);
        String[] now = expected.split("\n", -1);
        for (int i = 0; i < Math.max(was.length, now.length); i++) {
            String a = i < was.length ? was[i] : "<end of file>";
            String b = i < now.length ? now[i] : "<end of file>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": committed `" + a.strip() + "`, generated `" + b.strip() + "`";
            }
        }
        return "none";
    }
}
