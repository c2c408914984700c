package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WorklogView(
        long id,
        LocalDate loggedOn,
        WorklogKind kind,
        String content,
        String recordedBy,
        Instant recordedAt,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) String resolvedBy,
        @Schema(nullable = true) String resolution,
        long version) {

    static WorklogView of(WorklogEntry e) {
        return new WorklogView(
                e.id,
                e.loggedOn,
                e.kind,
                e.content,
                e.recordedBy,
                e.recordedAt,
                e.resolvedAt,
                e.resolvedBy,
                e.resolution,
                e.version);
    }
}
