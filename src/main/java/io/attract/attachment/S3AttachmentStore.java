package io.attract.attachment;

import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Attachments as objects of one bucket in S3-compatible object storage (MinIO, or any S3 endpoint). */
public class S3AttachmentStore implements AttachmentStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3AttachmentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String mediaType) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(mediaType), RequestBody.fromBytes(content));
        } catch (S3Exception e) {
            throw new IOException("Could not store " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(key);
        } catch (S3Exception e) {
            throw new IOException("Could not read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("Could not delete " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
