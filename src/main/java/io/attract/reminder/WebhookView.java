package io.attract.reminder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit and its group robot, if any. The signing secret is never answered: only whether one is set. */
public record WebhookView(
        long unitId,
        String unitCode,
        String unitName,
        @Schema(nullable = true) WebhookKind kind,
        @Schema(nullable = true) String url,
        boolean signed,

        @Schema(nullable = true, description = "for If-Match; null: no robot set")
        Long version) {}
