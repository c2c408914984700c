package io.attract.fault;

import io.attract.support.LocalPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) as its own
 * process, so a test can kill it the way an operating system or an orchestrator does: SIGKILL, no shutdown hook.
 */
final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Map<String, String> env;
    private final Path logs;
    private final int port;
    private final int managementPort;
    private Process process;
    private int starts;

    PackagedApp(Path logs, Map<String, String> env) throws IOException {
        this.jar = Path.of(System.getProperty("attract.packaged-app", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged app at " + jar + ": run ./mvnw package first");
        }
        this.logs = logs;
        this.port = LocalPostgres.freePort();
        this.env = new HashMap<>(env);
        this.managementPort = LocalPostgres.freePort();
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        this.env.putIfAbsent("ATTRACT_PERSONAL_DATA_KEY", "cGFja2FnZWQtYXBwLXRlc3RzLW9ubHktMDAwMDAwMDA=");
    }

    /** On the application port: the API and the front end. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** On the management port (health, metrics; ADR 0028), which production never routes from outside. */
    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    /** Starts the app and waits until it reports ready. */
    void start(Duration timeout) throws IOException, InterruptedException {
        starts++;
        Path log = log();
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readiness() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app exited (" + process.exitValue() + ") before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app was not ready within " + timeout + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** What the app has written to standard output since its last start. */
    Path log() {
        return logs.resolve("app-" + starts + ".log");
    }

    /** SIGKILL (kill -9): Java's forcible destroy on Linux. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The HTTP status of the readiness check, or -1 when nothing answers. */
    int readiness() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready")))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
