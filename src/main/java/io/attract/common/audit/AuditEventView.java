package io.attract.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AuditEventView(
        Long id,
        Instant occurredAt,
        String actor,
        @Schema(nullable = true) String remoteAddress,

        @Schema(enumeration = {"CREATE", "UPDATE", "DELETE"})
        String action,

        String entity,
        String entityId,
        @Schema(nullable = true) JsonNode changes) {}
