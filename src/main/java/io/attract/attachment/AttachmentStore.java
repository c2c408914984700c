package io.attract.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachments' bytes live: the file system (default) or S3-compatible object storage, chosen by
 * {@code attract.attachments.store} (ADR 0033). Keys are the application's own (random), never a user's file name.
 */
public interface AttachmentStore {

    void put(String key, byte[] content, String mediaType) throws IOException;

    /** The bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Gone afterwards; a key that is not there is no error. */
    void delete(String key) throws IOException;
}
