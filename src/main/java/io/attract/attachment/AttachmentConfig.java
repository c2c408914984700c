package io.attract.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** {@code attract.attachments.*}: where attachments are stored and how large one may be (README → Configuration). */
@ConfigMapping(prefix = "attract.attachments")
public interface AttachmentConfig {

    enum Store {
        FILESYSTEM,
        S3
    }

    @WithDefault("filesystem")
    Store store();

    /** The file-system store's directory, relative to the working directory unless absolute. */
    @WithDefault("data/attachments")
    Path directory();

    @WithDefault("20M")
    MemorySize maxSize();

    S3 s3();

    interface S3 {

        /** Unset: AWS's own endpoint for the region. MinIO: its URL, with path-style on. */
        Optional<URI> endpoint();

        @WithDefault("attract-attachments")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        @WithDefault("true")
        boolean pathStyle();
    }
}
