package io.attract.confirmation;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(nullable = true) Stage stage,
        @Schema(nullable = true) Fund fund,
        @Schema(nullable = true) String returnedBy,
        @Schema(nullable = true) Instant returnedAt,
        @Schema(nullable = true) String reason,
        String recordedByName,
        @Schema(nullable = true) String returnedByName) {

    @Schema(name = "ChangeKind")
    public enum Kind {
        STAGE,
        FUND
    }

    @Schema(name = "StageChange")
    public record Stage(
            @Schema(nullable = true) ProjectStage fromStage,
            ProjectStage toStage,
            LocalDate effectiveDate,
            boolean correction,
            @Schema(nullable = true) String note) {}

    @Schema(name = "FundChange")
    public record Fund(
            LocalDate arrivedOn,
            BigDecimal amount,
            @Schema(nullable = true) BigDecimal foreignUsd,
            String evidence) {}
}
