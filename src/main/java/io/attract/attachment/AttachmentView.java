package io.attract.attachment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as the API shows it; its bytes are at {@code /api/attachments/{id}/content}. */
public record AttachmentView(
        long id,
        OwnerType ownerType,
        long ownerId,
        String fileName,
        String mediaType,
        long sizeBytes,

        @Schema(description = "an image (its thumbnail at /api/attachments/{id}/thumbnail)")
        boolean image,

        @Schema(description = "shown in the page (images, PDF); others are downloaded")
        boolean previewable,

        @Schema(description = "uploaded with the photo's location kept on purpose")
        boolean keptLocation,

        String uploadedBy,
        Instant uploadedAt,
        @Schema(description = "the caller may delete it") boolean canDelete) {

    static AttachmentView of(Attachment a, boolean canDelete) {
        return new AttachmentView(
                a.id,
                a.ownerType,
                a.ownerId,
                a.fileName,
                a.mediaType,
                a.sizeBytes,
                a.thumbnailKey != null,
                SniffedType.previewable(a.mediaType),
                a.keptLocation,
                a.uploadedBy,
                a.uploadedAt,
                canDelete);
    }
}
