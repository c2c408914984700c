package io.attract.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's ranking rule; {@code configured} false means the default (COMPLETION, cap 120, weights 25/25/30/20) is in
 * force. {@code version} counts saves, 0 while the year has none.
 */
public record RankingRuleView(
        int year,
        RankingMethod method,
        BigDecimal capPercent,
        Map<Metric, BigDecimal> weights,
        boolean configured,
        long version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy) {

    @Schema(name = "RankingRuleRequest")
    public record Request(RankingMethod method, BigDecimal capPercent, Map<Metric, BigDecimal> weights) {}
}
