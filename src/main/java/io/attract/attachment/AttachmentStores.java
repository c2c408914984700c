package io.attract.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The store the configuration names (ADR 0033). */
@ApplicationScoped
public class AttachmentStores {

    private static final Logger LOG = Logger.getLogger(AttachmentStores.class);

    @Produces
    @Singleton
    AttachmentStore store(AttachmentConfig config) {
        if (config.store() == AttachmentConfig.Store.S3) {
            LOG.infof("Attachments are stored in S3 bucket %s", config.s3().bucket());
            return new S3AttachmentStore(s3Client(config.s3()), config.s3().bucket());
        }
        FileSystemAttachmentStore files = new FileSystemAttachmentStore(config.directory());
        LOG.infof("Attachments are stored under %s", files.root());
        return files;
    }

    void close(@Disposes AttachmentStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** A client of the settings: MinIO and most S3-compatible servers want path-style addresses. */
    public static S3Client s3Client(AttachmentConfig.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: not every S3-compatible server reads the SDK's newer
                // trailing checksums (the attachment row keeps its own SHA-256).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(builder::endpointOverride);
        if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(), settings.secretAccessKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
