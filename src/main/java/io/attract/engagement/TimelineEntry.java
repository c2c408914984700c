package io.attract.engagement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a firm's timeline. {@code code} is the entry's own enumeration (visit kind, lead status, event kind,
 * project stage) for the UI to name. A restricted entry is another unit's visit or lead: only kind, date, unit.
 */
public record TimelineEntry(
        @Schema(enumeration = {"VISIT", "LEAD", "TRIP", "EVENT", "PROJECT"})
        String kind,

        @Schema(nullable = true) Long id,
        LocalDate date,
        @Schema(nullable = true) String code,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String detail,
        String unitName,
        boolean restricted,

        @Schema(description = "a visit's photos: attachment ids, thumbnails at /api/attachments/{id}/thumbnail")
        List<Long> photoIds) {}
