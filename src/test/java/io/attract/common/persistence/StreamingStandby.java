package io.attract.common.persistence;

import io.attract.support.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A primary and a streaming standby of the test's own: initdb in a temporary folder, the primary on a free port
 * (the machine's shared server allows no replication), {@code pg_basebackup -R} of it started as a hot standby on
 * another. The application writes to the primary and reads reports from the standby. Both servers are stopped and
 * the folder removed afterwards, also when starting failed half way. As root, the commands run as {@code postgres}
 * (PostgreSQL refuses root). Binaries: {@code -Dattract.pg.bin=…}, else the newest /usr/lib/postgresql/N/bin.
 */
public class StreamingStandby implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "attract";
    private static final String SETTINGS = " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
            + " -c shared_buffers=32MB -c max_connections=60 -c max_wal_senders=4 -c hot_standby_feedback=on"
            + " -c wal_receiver_status_interval=1s";

    private static volatile StreamingStandby running;

    private Path home;
    private int primaryPort;
    private int standbyPort;
    private Thread cleanup;
    private final Map<String, String> shadowed = new java.util.HashMap<>();

    @Override
    public Map<String, String> start() {
        long started = System.nanoTime();
        try {
            home = Files.createTempDirectory("attract-standby");
            if (LocalPostgres.runningAsRoot()) {
                UserPrincipal postgres =
                        home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(home, postgres);
            }
            cleanup = new Thread(this::stop);
            Runtime.getRuntime().addShutdownHook(cleanup);
            primaryPort = LocalPostgres.freePort();
            run(
                    "initdb",
                    "-D",
                    dir("primary"),
                    "-N",
                    "--auth=trust",
                    "--username=postgres",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8");
            startServer("primary", primaryPort);
            run(
                    "pg_basebackup",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    String.valueOf(primaryPort),
                    "-U",
                    "postgres",
                    "-D",
                    dir("standby"),
                    "-R",
                    "-X",
                    "stream",
                    "-c",
                    "fast",
                    "--no-sync");
            standbyPort = LocalPostgres.freePort();
            startServer("standby", standbyPort);
            System.out.printf(
                    "Primary on %d and its streaming standby on %d, started in %d ms%n",
                    primaryPort, standbyPort, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | InterruptedException | RuntimeException e) {
            String log = log();
            stop();
            throw new IllegalStateException("could not start the primary and its standby: " + e.getMessage() + log, e);
        }
        running = this;
        Map<String, String> urls = Map.of(
                "quarkus.datasource.jdbc.url",
                url(primaryPort),
                "%test.quarkus.datasource.jdbc.url",
                url(primaryPort),
                "quarkus.datasource.reads.jdbc.url",
                url(standbyPort),
                "%test.quarkus.datasource.reads.jdbc.url",
                url(standbyPort));
        // A -D%test.quarkus.datasource.jdbc.url=… given to the whole run outranks a test resource's values.
        urls.forEach((key, value) -> {
            if (System.getProperty(key) != null) {
                shadowed.put(key, System.setProperty(key, value));
            }
        });
        return urls;
    }

    @Override
    public synchronized void stop() {
        shadowed.forEach(System::setProperty);
        shadowed.clear();
        if (home == null) {
            return;
        }
        for (String server : List.of("standby", "primary")) {
            if (Files.exists(Path.of(dir(server), "postmaster.pid"))) {
                try {
                    run("pg_ctl", "-D", dir(server), "-m", "immediate", "-w", "stop");
                } catch (IOException | InterruptedException | RuntimeException e) {
                    System.err.println("could not stop the test's " + server + ": " + e.getMessage());
                }
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove " + home + ": " + e.getMessage());
        }
        home = null;
        running = null;
        if (cleanup != null && Thread.currentThread() != cleanup) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }
    }

    /** The running pair (one test class at a time uses it). */
    static StreamingStandby running() {
        return running;
    }

    /** As the cluster's superuser, which the application's role is not. */
    Connection primary() throws SQLException {
        return DriverManager.getConnection(url(primaryPort), "postgres", null);
    }

    Connection standby() throws SQLException {
        return DriverManager.getConnection(url(standbyPort), "postgres", null);
    }

    /** Stops applying WAL: the standby's data stands still (it keeps receiving). */
    void pauseReplay() throws SQLException, InterruptedException {
        try (Connection c = standby();
                Statement s = c.createStatement()) {
            s.execute("select pg_wal_replay_pause()");
            waitFor(c, "select pg_get_wal_replay_pause_state() = 'paused'");
        }
    }

    void resumeReplay() throws SQLException {
        try (Connection c = standby();
                Statement s = c.createStatement()) {
            s.execute("select pg_wal_replay_resume()");
        }
    }

    /** Stops the standby at once, as a crash or a failover would. */
    void stopStandby() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir("standby"), "-m", "immediate", "-w", "stop");
    }

    /** Waits until the standby has applied everything the primary has written so far. */
    void caughtUp() throws SQLException, InterruptedException {
        String lsn;
        try (Connection c = primary();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            lsn = rs.getString(1);
        }
        try (Connection c = standby()) {
            waitFor(c, "select pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn");
        }
    }

    private static void waitFor(Connection c, String condition) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery(condition)) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the standby did not get there in 20 s: " + condition);
                }
                Thread.sleep(50);
            }
        }
    }

    private void startServer(String name, int port) throws IOException, InterruptedException {
        run(
                "pg_ctl",
                "-D",
                dir(name),
                "-l",
                home.resolve(name + ".log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + home + SETTINGS,
                "start");
    }

    private String dir(String name) {
        return home.resolve(name).toString();
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (LocalPostgres.runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(LocalPostgres.binaries().resolve(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("commands.log").toFile()))
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + ")");
        }
    }

    /** The commands' and servers' output, for the failure's message (the folder is removed). */
    private String log() {
        StringBuilder out = new StringBuilder();
        if (home == null) {
            return "";
        }
        for (String file : List.of("commands.log", "primary.log", "standby.log")) {
            try {
                out.append("\n--- ").append(file).append('\n').append(Files.readString(home.resolve(file)));
            } catch (IOException e) {
                // not written
            }
        }
        return out.toString();
    }
}
