package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;

public record TransitionView(
        long id,
        ProjectStage fromStage,
        ProjectStage toStage,
        LocalDate effectiveDate,
        Instant recordedAt,
        String recordedBy,
        String note,
        AgreementType agreementType,
        boolean correction,
        boolean reverted,
        Instant confirmedAt,
        String confirmedBy) {

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
