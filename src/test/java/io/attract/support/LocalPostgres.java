package io.attract.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What tests that start PostgreSQL servers of their own need from this machine (the fault tests, the standby). */
public final class LocalPostgres {

    private LocalPostgres() {}

    /** {@code -Dattract.pg.bin=…}, else the newest /usr/lib/postgresql/N/bin (Debian's layout). */
    public static Path binaries() throws IOException {
        String configured = System.getProperty("attract.pg.bin");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(
                            b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(
                            () -> new IllegalStateException("no PostgreSQL server binaries: set -Dattract.pg.bin"));
        }
    }

    /** initdb refuses root: the servers then run as the {@code postgres} user. */
    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
