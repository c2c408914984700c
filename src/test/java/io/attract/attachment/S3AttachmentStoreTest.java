package io.attract.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server: Adobe's S3Mock, its runnable jar copied from Maven Central into
 * target/s3mock by the build and started here as a process of its own (ADR 0033). Plain JUnit: no Quarkus needed.
 */
class S3AttachmentStoreTest {

    private static final Path JAR = Path.of("target", "s3mock", "s3mock.jar");
    private static final String BUCKET = "attract-attachments-test";

    private static Process server;
    private static S3Client client;
    private static S3AttachmentStore store;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR)
                .as("copied by maven-dependency-plugin (generate-test-resources)")
                .exists();
        int port = freePort();
        Path root = Files.createTempDirectory("s3mock");
        Path log = Files.createTempFile("s3mock", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toString(),
                        "--com.adobe.testing.s3mock.httpPort=" + port,
                        "--server.port=0",
                        "--com.adobe.testing.s3mock.store.root=" + root))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitPort(port, log);
        client = AttachmentStores.s3Client(new Settings(URI.create("http://127.0.0.1:" + port)));
        client.createBucket(b -> b.bucket(BUCKET));
        store = new S3AttachmentStore(client, BUCKET);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void storesReadsAndDeletesAnObject() throws IOException {
        byte[] pdf = TestFiles.pdf();
        store.put("0a1b-receipt.pdf", pdf, "application/pdf");
        try (InputStream in = store.open("0a1b-receipt.pdf")) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(client.headObject(b -> b.bucket(BUCKET).key("0a1b-receipt.pdf"))
                        .contentType())
                .isEqualTo("application/pdf");
        store.delete("0a1b-receipt.pdf");
        assertThatThrownBy(() -> store.open("0a1b-receipt.pdf")).isInstanceOf(NoSuchFileException.class);
        store.delete("0a1b-receipt.pdf");
    }

    @Test
    void keepsLargerBinaryFilesWhole() throws IOException {
        byte[] photo = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(photo);
        store.put("big-photo.jpg", photo, "image/jpeg");
        try (InputStream in = store.open("big-photo.jpg")) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    private record Settings(URI url) implements AttachmentConfig.S3 {
        @Override
        public Optional<URI> endpoint() {
            return Optional.of(url);
        }

        @Override
        public String bucket() {
            return BUCKET;
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public Optional<String> accessKeyId() {
            return Optional.of("test");
        }

        @Override
        public Optional<String> secretAccessKey() {
            return Optional.of("test");
        }

        @Override
        public boolean pathStyle() {
            return true;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Path log) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("S3Mock stopped:\n" + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("S3Mock did not start:\n" + Files.readString(log));
    }
}
