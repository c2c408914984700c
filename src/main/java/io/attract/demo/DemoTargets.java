package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.ranking.Metric;
import io.attract.ranking.RankingMethod;
import io.attract.ranking.RankingRule;
import io.attract.ranking.RankingService;
import io.attract.ranking.TargetPlan;
import io.attract.ranking.UnitTarget;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Targets for the demo year and the year before, for every demo unit, set against the demo's own actuals so the
 * league table has spread: each unit's year projected from its actuals, times a factor that differs by unit and
 * metric (below 1: ahead of 序时进度, above: behind). A unit with nothing yet gets a small target and lags. The demo
 * year is ranked by capped completion, the year before by the efficacy coefficient. Deterministic.
 */
@ApplicationScoped
class DemoTargets {

    /** Target ÷ projected actual; rotated per metric so a unit is not ahead (or behind) on everything. */
    private static final double[] FACTORS = {
        0.80, 1.25, 0.95, 1.10, 0.85, 1.35, 1.00, 0.90, 1.20, 1.05, 0.75, 1.15, 1.30, 0.88
    };

    @Inject
    UnitRepository units;

    @Inject
    RankingService ranking;

    int load() {
        LocalDate last = DemoProjects.lastDay(BusinessDates.today());
        int year = DemoProjects.demoYear(BusinessDates.today());
        int added = 0;
        added += year(year, last, rule(RankingMethod.COMPLETION, "120", "25", "25", "30", "20"));
        added += year(
                year - 1, LocalDate.of(year - 1, 12, 31), rule(RankingMethod.EFFICACY, "150", "20", "30", "30", "20"));
        return added;
    }

    private int year(int year, LocalDate asOf, RankingRule rule) {
        int added = 0;
        if (RankingRule.count("year", year) == 0) {
            rule.year = year;
            rule.updatedAt = stamp(year);
            rule.persist();
            added++;
        }
        if (TargetPlan.count("year", year) > 0) {
            return added;
        }
        TargetPlan plan = new TargetPlan();
        plan.year = year;
        plan.updatedAt = stamp(year);
        plan.updatedBy = "admin";
        plan.persist();
        Map<Long, Map<Metric, BigDecimal>> actuals = ranking.actuals(LocalDate.of(year, 1, 1), asOf);
        List<DemoUnits.DemoUnit> demoUnits = DemoUnits.UNITS;
        for (int i = 0; i < demoUnits.size(); i++) {
            Unit unit = units.findByCode(demoUnits.get(i).code()).orElse(null);
            if (unit == null) {
                continue;
            }
            Map<Metric, BigDecimal> actual = actuals.getOrDefault(unit.id, Map.of());
            for (Metric m : Metric.values()) {
                BigDecimal amount = target(
                        m,
                        actual.getOrDefault(m, BigDecimal.ZERO),
                        asOf.getMonthValue(),
                        FACTORS[(i + 3 * m.ordinal()) % FACTORS.length]);
                if (amount != null) {
                    UnitTarget t = new UnitTarget();
                    t.plan = plan;
                    t.unit = unit;
                    t.metric = m;
                    t.amount = amount;
                    t.persist();
                    added++;
                }
            }
        }
        return added;
    }

    /** The year projected from {@code month} months of actuals, times the factor, rounded as a district would. */
    static BigDecimal target(Metric metric, BigDecimal actual, int month, double factor) {
        double projected = actual.doubleValue() * 12 / month * factor;
        return switch (metric) {
            // The pace so far rounded up to whole projects, then the factor: small counts still spread.
            case SIGNED, LANDED ->
                BigDecimal.valueOf(Math.max(
                        actual.signum() == 0 ? 2 : 1,
                        Math.round(Math.ceil(actual.doubleValue() * 12 / month) * factor)));
            case FUNDS ->
                BigDecimal.valueOf(Math.max(20, Math.round(projected / 100))).multiply(BigDecimal.valueOf(100));
            // Only units that bring in foreign capital are given an FDI target.
            case FOREIGN_USD ->
                actual.signum() == 0
                        ? null
                        : BigDecimal.valueOf(Math.max(1, Math.round(projected / 10)))
                                .multiply(BigDecimal.TEN);
        };
    }

    private static RankingRule rule(
            RankingMethod method, String cap, String signed, String landed, String funds, String usd) {
        RankingRule rule = new RankingRule();
        rule.method = method;
        rule.capPercent = new BigDecimal(cap);
        rule.weightSigned = new BigDecimal(signed);
        rule.weightLanded = new BigDecimal(landed);
        rule.weightFunds = new BigDecimal(funds);
        rule.weightForeignUsd = new BigDecimal(usd);
        rule.updatedBy = "admin";
        return rule;
    }

    /** Targets are set at the start of the year they are for. */
    private static Instant stamp(int year) {
        return LocalDate.of(year, 1, 15).atTime(9, 0).atZone(BusinessDates.ZONE).toInstant();
    }
}
