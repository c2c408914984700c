package io.attract.attachment;

import io.attract.common.audit.AuditLog;
import io.attract.common.error.ApiException;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.user.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Attachments: checked, cleaned and stored on upload; read and deleted under their owner's unit rule; every upload,
 * download and delete in the audit trail (uploads and deletes as entity changes, downloads as DOWNLOAD rows).
 */
@ApplicationScoped
public class AttachmentService {

    static final String OPERATION = "POST /api/attachments";
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentOwners owners;

    @Inject
    AttachmentConfig config;

    @Inject
    IdempotentCreates creates;

    @Inject
    AuditLog audit;

    @Inject
    UnitScope scope;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** An upload as received: the file is the request's temporary copy. */
    public record Upload(OwnerType ownerType, long ownerId, String fileName, Path file, boolean keepLocation) {}

    public record Created(AttachmentView attachment, boolean replayed) {}

    /** The bytes to send, and how. */
    public record Content(InputStream stream, String fileName, String mediaType, boolean inline) {}

    public Created upload(Upload upload, String idempotencyKey) {
        IdempotentCreates.Created<AttachmentView> created =
                creates.once(idempotencyKey, OPERATION, () -> create(upload), AttachmentView::id, this::get);
        return new Created(created.value(), created.replayed());
    }

    private AttachmentView create(Upload upload) {
        owners.requireWritable(upload.ownerType(), upload.ownerId());
        byte[] original = read(upload.file());
        SniffedType type = ContentSniffer.sniff(original);
        byte[] stored = original;
        // Only a JPEG carries a camera's location (EXIF GPS); everything else is re-encoded in any case.
        boolean keptLocation = upload.keepLocation() && type == SniffedType.JPEG;
        if (type.image() && !keptLocation) {
            ImageReencoder.Encoded encoded = ImageReencoder.reencode(original, type);
            stored = encoded.bytes();
            type = encoded.type();
        }
        Attachment a = new Attachment();
        a.ownerType = upload.ownerType();
        a.ownerId = upload.ownerId();
        a.fileName = FileNames.clean(upload.fileName(), type);
        a.mediaType = type.mediaType;
        a.sizeBytes = stored.length;
        a.sha256 = sha256(stored);
        a.storageKey = UUID.randomUUID() + "." + type.extension();
        a.keptLocation = keptLocation;
        a.uploadedBy = scope.username();
        a.uploadedAt = Instant.now();
        byte[] thumbnail = type.image() ? ImageReencoder.thumbnail(stored, type) : null;
        if (thumbnail != null) {
            a.thumbnailKey = UUID.randomUUID() + ".thumb.jpg";
        }
        put(a.storageKey, stored, a.mediaType);
        if (thumbnail != null) {
            put(a.thumbnailKey, thumbnail, SniffedType.JPEG.mediaType);
        }
        // Stored before the row commits; if the transaction does not commit, the bytes go again.
        afterRollback(a.storageKey, a.thumbnailKey);
        a.persistAndFlush();
        return AttachmentView.of(a, true);
    }

    private byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > config.maxSize().asLongValue()) {
                throw tooLarge();
            }
            if (size == 0) {
                throw ApiException.invalid("file", "attachment.empty", "文件是空的，请重新选择。");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the upload", e);
        }
    }

    public ApiException tooLarge() {
        long mb = config.maxSize().asLongValue() / (1024 * 1024);
        return new ApiException(413, "attachment.too_large", "文件超过 " + mb + " MB，请压缩或拆分后再上传。");
    }

    @Transactional
    public AttachmentView get(long id) {
        Attachment a = readable(id);
        return AttachmentView.of(a, owners.writable(a.ownerType, a.ownerId));
    }

    @Transactional
    public List<AttachmentView> list(OwnerType ownerType, long ownerId) {
        boolean writable = owners.writable(ownerType, ownerId);
        return Attachment.<Attachment>list(
                        "ownerType = ?1 and ownerId = ?2 order by uploadedAt, id", ownerType, ownerId)
                .stream()
                .map(a -> AttachmentView.of(a, writable))
                .toList();
    }

    /** The file, recorded in the audit trail as downloaded (a preview is a download too). */
    @Transactional
    public Content content(long id, boolean download) {
        Attachment a = readable(id);
        audit.read("DOWNLOAD", "Attachment", String.valueOf(a.id));
        boolean inline = !download && SniffedType.previewable(a.mediaType);
        return new Content(open(a.storageKey), a.fileName, a.mediaType, inline);
    }

    /** The small picture of an image: not a download of the file, so not in the audit trail. */
    @Transactional
    public Content thumbnail(long id) {
        Attachment a = readable(id);
        if (a.thumbnailKey == null) {
            throw ApiException.notFound("attachment.no_thumbnail", "该附件不是图片，没有缩略图。");
        }
        return new Content(open(a.thumbnailKey), "thumbnail.jpg", SniffedType.JPEG.mediaType, true);
    }

    @Transactional
    public void delete(long id) {
        Attachment a = readable(id);
        owners.requireWritable(a.ownerType, a.ownerId);
        a.delete();
        afterCommit(a.storageKey, a.thumbnailKey);
    }

    /** Every attachment of an owner that is being deleted, in the owner's transaction; the files once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    void deleteAllOf(OwnerType ownerType, long ownerId) {
        for (Attachment a : Attachment.<Attachment>list("ownerType = ?1 and ownerId = ?2", ownerType, ownerId)) {
            a.delete();
            afterCommit(a.storageKey, a.thumbnailKey);
        }
    }

    /** The image attachments of each owner, oldest first: for lists that show photos (the firm's timeline). */
    @Transactional
    public Map<Long, List<Long>> imageIds(OwnerType ownerType, Collection<Long> ownerIds) {
        Map<Long, List<Long>> images = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return images;
        }
        Attachment.<Attachment>list(
                        "ownerType = ?1 and ownerId in ?2 and thumbnailKey is not null order by uploadedAt, id",
                        ownerType,
                        ownerIds)
                .forEach(a -> images.computeIfAbsent(a.ownerId, k -> new java.util.ArrayList<>())
                        .add(a.id));
        return images;
    }

    /** The attachment, if the caller may read its owner; otherwise exactly as if it did not exist. */
    private Attachment readable(long id) {
        Attachment a = Attachment.findById(id);
        if (a == null) {
            throw notFound();
        }
        try {
            owners.writable(a.ownerType, a.ownerId);
        } catch (ApiException e) {
            throw e.status() == 404 ? notFound() : e;
        }
        return a;
    }

    private static ApiException notFound() {
        return ApiException.notFound("attachment.not_found", "找不到该附件。");
    }

    private void put(String key, byte[] bytes, String mediaType) {
        try {
            store.put(key, bytes, mediaType);
        } catch (IOException e) {
            LOG.errorf(e, "Could not store attachment %s", key);
            throw unavailable();
        }
    }

    private InputStream open(String key) {
        try {
            return store.open(key);
        } catch (IOException e) {
            LOG.errorf(e, "Could not read attachment %s", key);
            throw unavailable();
        }
    }

    private static ApiException unavailable() {
        return new ApiException(503, "attachment.store_unavailable", "附件存储暂时不可用，请稍后重试。");
    }

    private void afterRollback(String... keys) {
        removeWhen(false, keys);
    }

    private void afterCommit(String... keys) {
        removeWhen(true, keys);
    }

    private void removeWhen(boolean committed, String... keys) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    for (String key : keys) {
                        if (key != null) {
                            try {
                                store.delete(key);
                            } catch (IOException | RuntimeException e) {
                                LOG.warnf(e, "Attachment %s left in the store", key);
                            }
                        }
                    }
                }
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
