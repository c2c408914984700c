package io.attract.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

public record AuditEventView(
        Long id,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        String action,
        String entity,
        String entityId,
        JsonNode changes) {}
