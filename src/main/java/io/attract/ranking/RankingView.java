package io.attract.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The league table of {@code year} as of {@code asOf}: 序时进度 is {@code month}/12. Units with targets are listed,
 * ranked ones first (rank 1 best, ties share a rank); a unit whose every target is zero has no score and no rank.
 */
public record RankingView(
        int year,
        LocalDate asOf,
        int month,
        BigDecimal timeProgressPercent,
        RankingRuleView rule,
        List<UnitRanking> units) {

    public record UnitRanking(
            long unitId,
            String unitCode,
            String unitName,
            @Schema(nullable = true) Integer rank,
            @Schema(nullable = true) BigDecimal score,
            List<RankingScores.MetricResult> metrics) {}
}
