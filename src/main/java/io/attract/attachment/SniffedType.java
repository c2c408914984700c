package io.attract.attachment;

import java.util.Set;

/** The kinds of file Attract keeps, as their first bytes (not their name) show them. */
public enum SniffedType {
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), true),
    PNG("image/png", Set.of("png"), true),
    WEBP("image/webp", Set.of("webp"), true),
    PDF("application/pdf", Set.of("pdf"), true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"), false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"), false);

    public final String mediaType;
    public final Set<String> extensions;
    /** Shown in the page (inline); the others are only downloaded. */
    public final boolean previewable;

    SniffedType(String mediaType, Set<String> extensions, boolean previewable) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.previewable = previewable;
    }

    /** The extension a stored file of this kind gets. */
    public String extension() {
        return this == JPEG ? "jpg" : extensions.iterator().next();
    }

    public boolean image() {
        return this == JPEG || this == PNG || this == WEBP;
    }

    public static boolean previewable(String mediaType) {
        for (SniffedType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t.previewable;
            }
        }
        return false;
    }
}
