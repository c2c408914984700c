package io.attract.report;

import io.attract.ranking.Metric;
import io.attract.ranking.RankingScores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Target completion in the monthly report, summed from the report's own project lines so it ties out with them and
 * with {@code GET /api/ranking} as of the report's last day: SIGNED counts the lines whose first 签约 (or later
 * stage, when signing was skipped) falls in the year, LANDED the year's new landings, FUNDS and FOREIGN_USD the
 * year-to-date sums.
 */
final class ReportTargets {

    private ReportTargets() {}

    static Map<Metric, BigDecimal> actuals(List<ReportRow> rows, LocalDate yearStart) {
        Map<Metric, BigDecimal> a = new EnumMap<>(Metric.class);
        a.put(
                Metric.SIGNED,
                BigDecimal.valueOf(
                        rows.stream().filter(r -> signedInYear(r, yearStart)).count()));
        a.put(
                Metric.LANDED,
                BigDecimal.valueOf(rows.stream()
                        .filter(r -> "LANDED".equals(r.newThisYear()))
                        .count()));
        a.put(Metric.FUNDS, rows.stream().map(ReportRow::fundsYearToDate).reduce(BigDecimal.ZERO, BigDecimal::add));
        a.put(
                Metric.FOREIGN_USD,
                rows.stream().map(ReportRow::foreignUsdYearToDate).reduce(BigDecimal.ZERO, BigDecimal::add));
        return a;
    }

    /** The lines of one metric set; metrics without a target are left out. */
    static List<MonthlyReport.TargetLine> lines(
            Map<Metric, BigDecimal> targets, Map<Metric, BigDecimal> actuals, int month) {
        List<MonthlyReport.TargetLine> lines = new ArrayList<>();
        for (Metric m : Metric.values()) {
            BigDecimal target = targets.get(m);
            if (target == null) {
                continue;
            }
            BigDecimal actual = actuals.getOrDefault(m, BigDecimal.ZERO);
            BigDecimal completion = RankingScores.completionPercent(actual, target);
            lines.add(new MonthlyReport.TargetLine(
                    m, target, actual, completion, RankingScores.aheadPoints(completion, month)));
        }
        return lines;
    }

    /** The district's targets: each metric's sum over the units that have one. */
    static Map<Metric, BigDecimal> total(Map<Long, Map<Metric, BigDecimal>> byUnit) {
        Map<Metric, BigDecimal> total = new EnumMap<>(Metric.class);
        byUnit.values().forEach(t -> t.forEach((m, v) -> total.merge(m, v, BigDecimal::add)));
        return total;
    }

    private static boolean signedInYear(ReportRow r, LocalDate yearStart) {
        LocalDate first = Stream.of(r.signedOn(), r.registeredOn(), r.constructionOn(), r.operatingOn())
                .filter(d -> d != null)
                .findFirst()
                .orElse(null);
        return first != null && !first.isBefore(yearStart);
    }
}
