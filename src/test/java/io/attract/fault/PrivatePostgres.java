package io.attract.fault;

import io.attract.support.LocalPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, its own port), so the test may crash and
 * restart it without touching the machine's shared server. As root, its commands run as the {@code postgres} user:
 * PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path home;
    private final Path log;
    private final int port;

    private PrivatePostgres(Path bin, Path home, Path log, int port) {
        this.bin = bin;
        this.home = home;
        this.log = log;
        this.port = port;
    }

    /** A new, empty cluster; its server log goes to {@code log}. */
    static PrivatePostgres create(Path log) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("attract-fault-pg");
        if (LocalPostgres.runningAsRoot()) {
            UserPrincipal postgres =
                    home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
        }
        Files.createDirectories(log.getParent());
        PrivatePostgres pg = new PrivatePostgres(LocalPostgres.binaries(), home, log, LocalPostgres.freePort());
        pg.run("initdb", "-D", pg.data(), "--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C.UTF-8");
        return pg;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException, InterruptedException {
        run(
                "pg_ctl",
                "-D",
                data(),
                "-l",
                serverLog().toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1",
                "start");
    }

    /** Immediate shutdown: every server process is aborted at once, no checkpoint; the next start recovers. */
    void crash() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(home.resolve("data/postmaster.pid"))) {
            run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        }
        if (Files.exists(serverLog())) {
            Files.copy(serverLog(), log.resolveSibling("postgres-server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** In the cluster's folder: the server writes it as postgres, who may not write in target/. */
    private Path serverLog() {
        return home.resolve("server.log");
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (LocalPostgres.runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "); see " + log);
        }
    }
}
