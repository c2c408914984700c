package io.attract.confirmation;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stage change or fund entry waiting for the unit head (审核), or sent back (退回) with a reason; who recorded and
 * who sent it back by login and by display name.
 */
public record PendingChange(
        Kind kind,
        long id,
        long projectId,
        String projectCode,
        String projectName,
        long unitId,
        String unitName,
        String recordedBy,
        Instant recordedAt,
        Stage stage,
        Fund fund,
        String returnedBy,
        Instant returnedAt,
        String reason,
        String recordedByName,
        String returnedByName) {

    public enum Kind {
        STAGE,
        FUND
    }

    public record Stage(
            ProjectStage fromStage, ProjectStage toStage, LocalDate effectiveDate, boolean correction, String note) {}

    public record Fund(LocalDate arrivedOn, BigDecimal amount, BigDecimal foreignUsd, String evidence) {}
}
