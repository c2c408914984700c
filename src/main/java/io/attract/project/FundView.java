package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fund entry with its 审核 status: CONFIRMED counts, PENDING waits for the unit head, RETURNED never counts. */
public record FundView(
        long id,
        LocalDate arrivedOn,
        BigDecimal amount,
        @Schema(nullable = true) BigDecimal foreignUsd,
        @Schema(nullable = true) OriginTier originTier,
        String evidence,
        String recordedBy,
        Instant recordedAt,

        @Schema(enumeration = {"CONFIRMED", "PENDING", "RETURNED"})
        String status,

        @Schema(nullable = true) String returnReason,
        long version) {

    static FundView of(ProjectFund f) {
        String status = f.counted() ? "CONFIRMED" : f.returnedAt != null ? "RETURNED" : "PENDING";
        return new FundView(
                f.id,
                f.arrivedOn,
                f.amount,
                f.foreignUsd,
                f.originTier,
                f.evidence,
                f.recordedBy,
                f.recordedAt,
                status,
                f.returnReason,
                f.version);
    }
}
