package io.attract.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #23's management endpoints, on the packaged app under the production profile: health, metrics, the API
 * document and Swagger UI are absent from the application port (the one the ingress routes); health and metrics
 * answer on the management port; the API document and Swagger UI are off there too unless switched on (ADR 0028).
 * The app runs against a database of its own on the machine's PostgreSQL. Logs: target/management/.
 */
class ManagementPortIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "attract_it_management";

    private static PackagedApp app;
    private static SignedTokens tokens;

    @BeforeAll
    static void start() throws Exception {
        recreateDatabase();
        tokens = new SignedTokens();
        Path logs = Files.createDirectories(Path.of("target", "management"));
        app = new PackagedApp(
                logs,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        SERVER + DATABASE,
                        "QUARKUS_DATASOURCE_USERNAME",
                        "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "",
                        "QUARKUS_OIDC_APPLICATION_TYPE",
                        "service",
                        "QUARKUS_OIDC_PUBLIC_KEY",
                        tokens.publicKey(),
                        "QUARKUS_OIDC_TOKEN_ISSUER",
                        SignedTokens.ISSUER));
        app.start(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theApplicationPortHasNoManagementEndpoints() throws Exception {
        for (String path : new String[] {
            "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui"
        }) {
            HttpResponse<String> response = get(app.url(path), null);
            assertThat(response.statusCode())
                    .as(path + " on the application port")
                    .isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("\"checks\"", "jvm_", "openapi", "swagger");
        }
    }

    @Test
    void theManagementPortAnswersHealthAndMetricsOnly() throws Exception {
        HttpResponse<String> ready = get(app.managementUrl("/q/health/ready"), null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\": \"UP\"");
        HttpResponse<String> metrics = get(app.managementUrl("/q/metrics"), null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(get(app.managementUrl("/q/openapi"), null).statusCode())
                .as("the API document is off in production unless switched on")
                .isEqualTo(404);
        assertThat(get(app.managementUrl("/q/swagger-ui/"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiStillAnswersOnTheApplicationPort() throws Exception {
        HttpResponse<String> me = get(app.url("/api/me"), tokens.token("surface-admin", "admin", null));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(get(app.url("/api/me"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void theLogIsJsonAndARefusedRequestNamesItsIdCallerAndAddress() throws Exception {
        HttpResponse<String> refused = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/api/units")))
                        .header("Authorization", "Bearer " + tokens.token("log-officer", "officer", null))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        JsonNode line = null;
        for (int attempt = 0; attempt < 20 && line == null; attempt++) {
            for (String text : Files.readAllLines(app.log())) {
                if (!text.startsWith("{")) continue;
                JsonNode json = JSON.readTree(text);
                if (id.equals(json.at("/mdc/requestId").asText())) line = json;
            }
            if (line == null) Thread.sleep(250);
        }
        assertThat(line).as("a JSON log line for request " + id).isNotNull();
        assertThat(line.path("message").asText()).isEqualTo("refused POST /api/units: 403");
        assertThat(line.path("timestamp").asText()).isNotBlank();
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.at("/mdc/user").asText()).isEqualTo("log-officer");
        assertThat(line.at("/mdc/remote").asText()).isEqualTo("127.0.0.1");
        long plain = Files.readAllLines(app.log()).stream()
                .filter(t -> !t.isBlank() && !t.startsWith("{"))
                .count();
        assertThat(plain).as("every line the app logs in production is JSON").isZero();
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
    }
}
