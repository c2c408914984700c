package io.attract.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.enterprise.CreditCodes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #9's fault tests, on the packaged app against a PostgreSQL cluster of the test's own:
 * <ul>
 * <li>PostgreSQL crashes while writes are in flight, and comes back: readiness is DOWN meanwhile, the app serves
 * again within 30 s without a restart, and every acknowledged write is there exactly once;</li>
 * <li>the app is killed with SIGKILL in the middle of an import: nothing of it is visible, the job reads FAILED
 * {@code job.interrupted} after a restart, and the same file then imports whole, once.</li>
 * </ul>
 * Logs: target/fault/.
 */
class FaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration READY = Duration.ofSeconds(120);
    private static final String UNIT = "fault-unit";

    private static PrivatePostgres pg;
    private static PackagedApp app;
    private static SignedTokens tokens;

    @BeforeAll
    static void startDatabaseAndApp() throws Exception {
        Path logs = Path.of("target", "fault");
        pg = PrivatePostgres.create(logs.resolve("pg_ctl.log"));
        pg.start();
        tokens = new SignedTokens();
        app = new PackagedApp(
                logs,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("attract"),
                        "ATTRACT_DATABASE_MIGRATION_USERNAME",
                                "postgres", // two roles, as in production (AppRoleGrants)
                        "QUARKUS_DATASOURCE_USERNAME", "attract_app",
                        "QUARKUS_DATASOURCE_PASSWORD", "",
                        "QUARKUS_OIDC_APPLICATION_TYPE", "service",
                        "QUARKUS_OIDC_PUBLIC_KEY", tokens.publicKey(),
                        "QUARKUS_OIDC_TOKEN_ISSUER", SignedTokens.ISSUER,
                        "ATTRACT_JOBS_HEARTBEAT", "1s",
                        "ATTRACT_JOBS_STALE_AFTER", "5s"));
        app.start(READY);
        HttpResponse<String> unit = send(HttpRequest.newBuilder(URI.create(app.url("/api/units")))
                .header("Authorization", "Bearer " + tokens.token("fault-admin", "admin", null))
                .header("Content-Type", "application/json")
                .POST(body(Map.of("code", UNIT, "name", "故障演练单位", "kind", "STREET"))));
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void postgresCrashesWithWritesInFlightAndComesBack() throws Exception {
        String officer = tokens.token("fault-officer", "officer", UNIT);
        String prefix = "崩溃演练企业-" + System.nanoTime() + "-";
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger seq = new AtomicInteger();
        ConcurrentLinkedQueue<long[]> acknowledged = new ConcurrentLinkedQueue<>(); // {seq, id}
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    int n = seq.incrementAndGet();
                    long id = createUntilAcknowledged(
                            officer, prefix + n, UUID.randomUUID().toString(), refusals);
                    acknowledged.add(new long[] {n, id});
                }
                return null;
            }));
        }
        waitUntil(() -> acknowledged.size() >= 20, Duration.ofSeconds(30), "20 writes before the crash");

        pg.crash();
        long crashed = System.nanoTime();
        waitUntil(() -> app.readiness() == 503, Duration.ofSeconds(20), "readiness DOWN (503) without the database");
        assertThat(app.readiness()).isEqualTo(503);
        Thread.sleep(Math.max(0, 8_000 - (System.nanoTime() - crashed) / 1_000_000));
        int beforeRestart = acknowledged.size();

        pg.start();
        long back = System.nanoTime();
        waitUntil(
                () -> app.readiness() == 200 && acknowledged.size() > beforeRestart + 4,
                Duration.ofSeconds(30),
                "readiness UP and writes acknowledged again within 30 s of the database coming back");
        long servingAfterMs = (System.nanoTime() - back) / 1_000_000;
        writing.set(false);
        for (Future<?> f : running) {
            f.get(); // each writer finishes its write in hand: every write ends acknowledged
        }
        writers.shutdown();

        System.out.printf(
                "fault test: %d writes acknowledged, serving again %d ms after PostgreSQL came back%n",
                acknowledged.size(), servingAfterMs);
        assertThat(refusals)
                .as("answers while the database was gone")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r)
                        .startsWith("503 ")
                        .contains("database.unavailable")
                        .doesNotContain("Exception")
                        .doesNotContain("\tat "));
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl("attract"), "postgres", "")) {
            for (long[] write : acknowledged) {
                assertThat(idsNamed(db, prefix + write[0]))
                        .as("acknowledged write %d", write[0])
                        .containsExactly(write[1]);
            }
            assertThat(count(db, "select count(*) from enterprise where name like ?", prefix + "%"))
                    .as("no write beyond the acknowledged ones")
                    .isEqualTo(acknowledged.size());
            assertThat(count(db, """
                    select count(*) from enterprise e join audit_event a
                      on a.entity = 'Enterprise' and a.action = 'CREATE' and a.entity_id = e.id::text
                    where e.name like ?""", prefix + "%"))
                    .as("each firm with its one audit row: the two are one transaction")
                    .isEqualTo(acknowledged.size());
            assertThat(count(db, """
                    select count(*) from audit_event a where a.entity = 'Enterprise' and a.action = 'CREATE'
                      and not exists (select 1 from enterprise e where e.id::text = a.entity_id)"""))
                    .as("audit rows of creates that did not commit")
                    .isZero();
        }
    }

    @Test
    void theAppIsKilledInTheMiddleOfAnImport() throws Exception {
        String officer = tokens.token("fault-importer", "officer", UNIT);
        String prefix = "断电导入企业-" + System.nanoTime() + "-";
        int rows = 30_000;
        StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,注册资本(万元)\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix)
                    .append(i)
                    .append("有限公司,")
                    .append(CreditCodes.next())
                    .append(",1000\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        String job = startImport(officer, file);
        JsonNode writing = pollJob(
                officer,
                job,
                j -> "WRITING".equals(j.path("phase").asText())
                        && j.path("done").asInt() > 0,
                Duration.ofSeconds(120),
                "the import writing rows (make the file bigger if it finished first)");
        app.kill();
        System.out.printf(
                "fault test: killed the app with %s of %s rows written in the open transaction%n",
                writing.path("done").asText(), writing.path("total").asText());

        try (Connection db = DriverManager.getConnection(pg.jdbcUrl("attract"), "postgres", "")) {
            assertThat(count(db, "select count(*) from enterprise where name like ?", prefix + "%"))
                    .as("rows of the killed import visible")
                    .isZero();
        }
        app.start(READY);
        JsonNode failed = pollJob(
                officer,
                job,
                j -> "FAILED".equals(j.path("state").asText()),
                Duration.ofSeconds(30),
                "the interrupted job reading FAILED");
        assertThat(failed.path("problem").path("code").asText()).isEqualTo("job.interrupted");

        String again = startImport(officer, file);
        JsonNode done = pollJob(
                officer,
                again,
                j -> !"QUEUED".equals(j.path("state").asText())
                        && !"RUNNING".equals(j.path("state").asText()),
                Duration.ofSeconds(300),
                "the second import finishing");
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("result").path("created").asInt()).isEqualTo(rows);
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl("attract"), "postgres", "")) {
            assertThat(count(db, "select count(*) from enterprise where name like ?", prefix + "%"))
                    .isEqualTo(rows);
            assertThat(count(db, "select count(distinct name) from enterprise where name like ?", prefix + "%"))
                    .isEqualTo(rows);
        }
    }

    private static String startImport(String token, byte[] file) throws Exception {
        String boundary = "fault" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"firms.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(app.url("/api/enterprises/import?dryRun=false")))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return r.headers().firstValue("Location").orElseThrow();
    }

    interface JobCheck {
        boolean test(JsonNode job);
    }

    private static JsonNode pollJob(String token, String location, JobCheck check, Duration within, String what)
            throws Exception {
        JsonNode[] last = new JsonNode[1];
        waitUntil(
                () -> {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(app.url(location)))
                            .header("Authorization", "Bearer " + token)
                            .GET());
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    last[0] = JSON.readTree(r.body());
                    return check.test(last[0]);
                },
                within,
                what);
        return last[0];
    }

    /** Tries one create (same Idempotency-Key every time) until it is acknowledged with 201; returns its id. */
    private static long createUntilAcknowledged(
            String token, String name, String key, ConcurrentLinkedQueue<String> refusals) throws InterruptedException {
        String payload = json(Map.of("name", name, "status", "FOLLOWING", "creditCode", CreditCodes.next()));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(app.url("/api/enterprises")))
                                .timeout(Duration.ofSeconds(20))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(payload))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    return JSON.readTree(r.body()).get("id").asLong();
                }
                refusals.add(r.statusCode() + " "
                        + r.headers().firstValue("Content-Type").orElse("") + " " + r.body());
            } catch (java.io.IOException e) {
                // The answer was lost on the way: the same key is sent again, as a client would.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("a write was never acknowledged: " + name);
    }

    private static List<Long> idsNamed(Connection db, String name) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select id from enterprise where name = ?")) {
            q.setString(1, name);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static long count(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Condition condition, Duration within, String what) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.BodyPublisher body(Map<String, Object> value) {
        return HttpRequest.BodyPublishers.ofString(json(value));
    }
}
