package io.attract.attachment;

import io.attract.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file kept with a record; the bytes are in the {@link AttachmentStore} under {@link #storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false)
    public OwnerType ownerType;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "thumbnail_key")
    public String thumbnailKey;

    @Column(name = "kept_location", nullable = false)
    public boolean keptLocation;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
