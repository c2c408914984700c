package io.attract.common.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

public record AuditEventView(Long id, Instant occurredAt, String actor, String remoteAddress, String action,
        String entity, String entityId, JsonNode changes) {
}
