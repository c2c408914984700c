package io.attract.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scoring maths of the unit ranking (考核), plain Java. Percentages and scores are rounded half-up to two
 * decimals when shown; ranks compare the shown scores, so units whose scores print alike share a rank (1, 1, 3).
 * <ul>
 * <li>序时进度 (time progress) = N/12, N the as-of month.</li>
 * <li>completion % = actual ÷ annual target; ahead (超/低于序时进度) = completion % − 序时进度, in points.</li>
 * <li>pace % = actual ÷ (target × N/12), the time-proportional completion; what the score uses, capped.</li>
 * <li>COMPLETION score = Σ weight × min(pace %, cap) ÷ Σ weight; EFFICACY score = Σ weight × efficacy ÷ Σ weight,
 * where per metric the best capped pace scores 100, the worst 60, the others 60 + 40 × (x − min)/(max − min); all
 * 100 when max = min.</li>
 * <li>A metric a unit has no (or a zero) target for is not assessed: its weight drops out of that unit's sum.
 * A unit with no target at all is not ranked.</li>
 * </ul>
 */
public final class RankingScores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final int WORK = 10;

    private RankingScores() {}

    public record Rule(RankingMethod method, BigDecimal capPercent, Map<Metric, BigDecimal> weights) {}

    /** One unit's actuals and annual targets; a missing target means none was set. */
    public record Entry(long unitId, Map<Metric, BigDecimal> actual, Map<Metric, BigDecimal> target) {}

    /**
     * A metric of a unit: {@code score} is the metric's score before weighting (capped pace, or efficacy), null when
     * the metric is not assessed for the unit.
     */
    public record MetricResult(
            Metric metric,
            BigDecimal actual,
            @Schema(nullable = true) BigDecimal target,
            @Schema(nullable = true) BigDecimal completionPercent,
            @Schema(nullable = true) BigDecimal aheadPoints,
            @Schema(nullable = true) BigDecimal pacePercent,
            @Schema(nullable = true) BigDecimal score) {}

    public record Result(long unitId, List<MetricResult> metrics, BigDecimal score, Integer rank) {}

    /** 序时进度 in percent: N/12 × 100. */
    public static BigDecimal timeProgressPercent(int month) {
        return BigDecimal.valueOf(month).multiply(HUNDRED).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** actual ÷ annual target in percent; null without a (positive) target. */
    public static BigDecimal completionPercent(BigDecimal actual, BigDecimal target) {
        if (!assessed(target)) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** Completion minus time progress, in percentage points (positive: 超序时进度). */
    public static BigDecimal aheadPoints(BigDecimal completionPercent, int month) {
        return completionPercent == null ? null : completionPercent.subtract(timeProgressPercent(month));
    }

    public static List<Result> rank(List<Entry> entries, Rule rule, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        // Capped pace per unit and metric, at working precision.
        List<Map<Metric, BigDecimal>> capped = new ArrayList<>();
        Map<Metric, BigDecimal[]> range = new EnumMap<>(Metric.class);
        for (Entry e : entries) {
            Map<Metric, BigDecimal> x = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                BigDecimal target = e.target().get(m);
                if (assessed(target)) {
                    BigDecimal pace = actual(e, m)
                            .multiply(TWELVE_HUNDRED)
                            .divide(target.multiply(BigDecimal.valueOf(month)), WORK, RoundingMode.HALF_UP);
                    BigDecimal v = pace.min(rule.capPercent());
                    x.put(m, v);
                    BigDecimal[] r = range.computeIfAbsent(m, k -> new BigDecimal[] {v, v});
                    r[0] = r[0].min(v);
                    r[1] = r[1].max(v);
                }
            }
            capped.add(x);
        }

        List<Result> results = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            List<MetricResult> metrics = new ArrayList<>();
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (Metric m : Metric.values()) {
                BigDecimal target = e.target().get(m);
                BigDecimal completion = completionPercent(actual(e, m), target);
                BigDecimal x = capped.get(i).get(m);
                BigDecimal score = null;
                BigDecimal pace = null;
                if (x != null) {
                    pace = actual(e, m)
                            .multiply(TWELVE_HUNDRED)
                            .divide(target.multiply(BigDecimal.valueOf(month)), 2, RoundingMode.HALF_UP);
                    score = rule.method() == RankingMethod.EFFICACY ? efficacy(x, range.get(m)) : x;
                    BigDecimal w = rule.weights().getOrDefault(m, BigDecimal.ZERO);
                    weighted = weighted.add(w.multiply(score));
                    weights = weights.add(w);
                }
                metrics.add(new MetricResult(
                        m,
                        actual(e, m),
                        target,
                        completion,
                        aheadPoints(completion, month),
                        pace,
                        score == null ? null : score.setScale(2, RoundingMode.HALF_UP)));
            }
            BigDecimal total = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
            results.add(new Result(e.unitId(), metrics, total, null));
        }
        return ranked(results);
    }

    /** Best 100, worst 60, linear between; 100 for all when every unit stands at the same point. */
    static BigDecimal efficacy(BigDecimal x, BigDecimal[] minMax) {
        BigDecimal spread = minMax[1].subtract(minMax[0]);
        if (spread.signum() == 0) {
            return HUNDRED;
        }
        return SIXTY.add(FORTY.multiply(x.subtract(minMax[0])).divide(spread, WORK, RoundingMode.HALF_UP));
    }

    /** Highest score first; equal shown scores share a rank and the next rank skips (1, 1, 3); unscored last. */
    private static List<Result> ranked(List<Result> results) {
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(Result::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(Result::unitId));
        List<Result> out = new ArrayList<>();
        Integer rank = null;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Result r = sorted.get(i);
            if (r.score() == null) {
                out.add(r);
                continue;
            }
            if (previous == null || r.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.score();
            }
            out.add(new Result(r.unitId(), r.metrics(), r.score(), rank));
        }
        return out;
    }

    private static boolean assessed(BigDecimal target) {
        return target != null && target.signum() > 0;
    }

    private static BigDecimal actual(Entry e, Metric m) {
        return e.actual().getOrDefault(m, BigDecimal.ZERO);
    }
}
