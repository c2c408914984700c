package io.attract.space;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ZoneView(
        Long id,
        String code,
        String name,
        ZoneKind kind,
        int sortOrder,
        @Schema(nullable = true) String description,
        long version) {}
