package io.attract.user;

import io.attract.unit.UnitRef;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UserView(
        String username,
        @Schema(nullable = true) String displayName,
        @Schema(nullable = true) UnitRef unit,
        @Schema(nullable = true) Instant lastSeenAt,

        @Schema(nullable = true, description = "from the user's last token; none: no reminder mail")
        String email,

        @Schema(description = "the user's own switch for the daily digest by mail")
        boolean emailDigest,

        long version) {}
