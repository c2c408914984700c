package io.attract.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

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
        Instant updatedAt,
        String updatedBy) {

    public record Request(RankingMethod method, BigDecimal capPercent, Map<Metric, BigDecimal> weights) {}
}
