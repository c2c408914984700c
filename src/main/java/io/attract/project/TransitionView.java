package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TransitionView(
        long id,
        @Schema(nullable = true) ProjectStage fromStage,
        ProjectStage toStage,
        LocalDate effectiveDate,
        Instant recordedAt,
        String recordedBy,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) AgreementType agreementType,
        boolean correction,
        boolean reverted,
        @Schema(nullable = true) Instant confirmedAt,
        @Schema(nullable = true) String confirmedBy) {

    static TransitionView of(ProjectTransition t) {
        return new TransitionView(
                t.id,
                t.fromStage,
                t.toStage,
                t.effectiveDate,
                t.recordedAt,
                t.recordedBy,
                t.note,
                t.agreementType,
                t.correction,
                !t.live(),
                t.confirmedAt,
                t.confirmedBy);
    }
}
