package io.attract.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the audit trail as stored ({@code actor} the login, {@code entity}, {@code entityId}, {@code changes}
 * field → {before, after}) and as a person reads it: {@code actorName} (系统 for the application's own work,
 * {@code system}), {@code entityLabel} and {@code record} (the type's Chinese name and the business key), and
 * {@code readable}, each shown change in words ({@code before}/{@code after} display texts, null when empty).
 */
public record AuditEntryView(
        Long id,
        Instant occurredAt,
        String actor,
        String actorName,
        boolean system,
        @Schema(nullable = true) String remoteAddress,

        @Schema(
                enumeration = {"CREATE", "UPDATE", "DELETE", "LOGIN", "LOGOUT", "REFUSED", "EXPORT", "PURGE", "DOWNLOAD"
                })
        String action,

        String entity,
        String entityLabel,
        @Schema(nullable = true) String entityId,
        @Schema(nullable = true) String record,
        @Schema(nullable = true) JsonNode changes,
        List<Change> readable) {

    public record Change(
            String field,
            String label,
            @Schema(nullable = true) String before,
            @Schema(nullable = true) String after) {}
}
