package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record FundView(long id, LocalDate arrivedOn, BigDecimal amount, BigDecimal foreignUsd, OriginTier originTier,
        String evidence, String recordedBy, Instant recordedAt, long version) {

    static FundView of(ProjectFund f) {
        return new FundView(f.id, f.arrivedOn, f.amount, f.foreignUsd, f.originTier, f.evidence, f.recordedBy,
                f.recordedAt, f.version);
    }
}
