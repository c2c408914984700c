package io.attract.space;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ParkView(
        Long id,
        String code,
        String name,
        @Schema(nullable = true) Ref zone,
        ParkStatus status,
        @Schema(nullable = true) String description,
        long version) {

    /** A zone or park as other records show it. */
    public record Ref(Long id, String name) {}
}
