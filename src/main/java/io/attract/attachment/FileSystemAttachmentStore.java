package io.attract.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/** Attachments as files under one directory, spread over subdirectories by the key's first two characters. */
public class FileSystemAttachmentStore implements AttachmentStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{2,100}");

    private final Path root;

    public FileSystemAttachmentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] content, String mediaType) throws IOException {
        Path file = file(key);
        Files.createDirectories(file.getParent());
        // Written beside and moved into place: a reader never sees half a file.
        Path partial = Files.createTempFile(file.getParent(), key, ".part");
        try {
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an attachment key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
