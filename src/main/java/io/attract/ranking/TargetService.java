package io.attract.ranking;

import io.attract.common.error.ApiException;
import io.attract.common.error.Problem;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.TupleRecords;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import io.attract.user.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The targets grid and the ranking rule of a year. Saves are whole (the grid, or the rule) under If-Match; the
 * version the API shows counts saves (0 = never saved), so the first save of a year is guarded too.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    static final BigDecimal DEFAULT_CAP = new BigDecimal("120");
    static final Map<Metric, BigDecimal> DEFAULT_WEIGHTS = Map.of(
            Metric.SIGNED,
            new BigDecimal("25"),
            Metric.LANDED,
            new BigDecimal("25"),
            Metric.FUNDS,
            new BigDecimal("30"),
            Metric.FOREIGN_USD,
            new BigDecimal("20"));
    private static final BigDecimal MAX_TARGET = new BigDecimal("99999999999999");

    @Inject
    UnitRepository units;

    @Inject
    CurrentUser me;

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetGrid grid(int year) {
        Optional<TargetPlan> plan = plan(year);
        Map<Long, Map<Metric, BigDecimal>> byUnit = plan.map(p -> targets(p)).orElse(Map.of());
        List<TargetGrid.UnitTargets> rows = new ArrayList<>();
        Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
        for (Unit u : units.listAll(Sort.by("kind").and("code"))) {
            Map<Metric, BigDecimal> targets = new LinkedHashMap<>();
            for (Metric m : Metric.values()) {
                BigDecimal amount = byUnit.getOrDefault(u.id, Map.of()).get(m);
                targets.put(m, amount);
                if (amount != null) {
                    totals.merge(m, amount, BigDecimal::add);
                }
            }
            rows.add(new TargetGrid.UnitTargets(u.id, u.code, u.name, u.kind, targets));
        }
        return new TargetGrid(
                year,
                plan.map(p -> p.version + 1).orElse(0L),
                plan.map(p -> p.updatedAt).orElse(null),
                plan.map(p -> p.updatedBy).orElse(null),
                List.of(Metric.values()),
                rows,
                totals);
    }

    /** Every target set for the year, by unit; units without any are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Metric, BigDecimal>> targets(int year) {
        return plan(year).map(this::targets).orElse(Map.of());
    }

    public TargetGrid save(int year, String ifMatch, TargetGrid.Request request) {
        long expected = IfMatch.parse(ifMatch);
        lockYear("target_plan", year);
        Optional<TargetPlan> existing = plan(year);
        if (expected != existing.map(p -> p.version + 1).orElse(0L)) {
            throw new ApiException(412, "version.stale", "该年度目标已被他人修改，请刷新后再试。");
        }
        Map<Long, Map<Metric, BigDecimal>> wanted = validate(request);
        TargetPlan plan = existing.orElseGet(TargetPlan::new);
        plan.year = year;
        plan.updatedAt = Instant.now();
        plan.updatedBy = me.username();
        if (plan.id == null) {
            plan.persist();
        }
        Map<String, UnitTarget> current = new HashMap<>();
        UnitTarget.<UnitTarget>list("plan", plan).forEach(t -> current.put(t.unit.id + ":" + t.metric, t));
        Set<String> kept = new HashSet<>();
        wanted.forEach((unitId, targets) -> targets.forEach((metric, amount) -> {
            String key = unitId + ":" + metric;
            kept.add(key);
            UnitTarget t = current.get(key);
            if (t == null) {
                t = new UnitTarget();
                t.plan = plan;
                t.unit = units.findById(unitId);
                t.metric = metric;
                t.amount = amount;
                t.persist();
            } else if (t.amount.compareTo(amount) != 0) {
                t.amount = amount;
            }
        }));
        current.forEach((key, t) -> {
            if (!kept.contains(key)) {
                t.delete();
            }
        });
        TargetPlan.getEntityManager().flush();
        return grid(year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingRuleView rule(int year) {
        return RankingRule.<RankingRule>find("year", year)
                .firstResultOptional()
                .map(r -> new RankingRuleView(
                        year, r.method, r.capPercent, r.weights(), true, r.version + 1, r.updatedAt, r.updatedBy))
                .orElseGet(() -> new RankingRuleView(
                        year,
                        RankingMethod.COMPLETION,
                        DEFAULT_CAP,
                        new EnumMap<>(DEFAULT_WEIGHTS),
                        false,
                        0,
                        null,
                        null));
    }

    public RankingRuleView saveRule(int year, String ifMatch, RankingRuleView.Request request) {
        long expected = IfMatch.parse(ifMatch);
        lockYear("ranking_rule", year);
        Optional<RankingRule> existing = RankingRule.find("year", year).firstResultOptional();
        if (expected != existing.map(r -> r.version + 1).orElse(0L)) {
            throw new ApiException(412, "version.stale", "该年度排名规则已被他人修改，请刷新后再试。");
        }
        Map<Metric, BigDecimal> weights = validate(request);
        RankingRule rule = existing.orElseGet(RankingRule::new);
        rule.year = year;
        rule.method = request.method();
        rule.capPercent = request.capPercent();
        rule.weights(weights);
        rule.updatedAt = Instant.now();
        rule.updatedBy = me.username();
        if (rule.id == null) {
            rule.persist();
        }
        RankingRule.getEntityManager().flush();
        return rule(year);
    }

    /**
     * Saves of one year's grid (or rule) take turns: the first save of a year has no row whose version could
     * guard it, so two admins saving it at once would both insert. The second now waits, then sees the first's
     * row and gets 412 like any stale save.
     */
    private static void lockYear(String table, int year) {
        TargetPlan.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(:t), :y)")
                .setParameter("t", table)
                .setParameter("y", year)
                .getSingleResult();
    }

    private Optional<TargetPlan> plan(int year) {
        return TargetPlan.find("year", year).firstResultOptional();
    }

    private Map<Long, Map<Metric, BigDecimal>> targets(TargetPlan plan) {
        Map<Long, Map<Metric, BigDecimal>> byUnit = new HashMap<>();
        List<Tuple> rows = TargetPlan.getEntityManager()
                .createQuery(
                        "select t.unit.id as unitId, t.metric as metric, t.amount as amount from UnitTarget t"
                                + " where t.plan = :plan",
                        Tuple.class)
                .setParameter("plan", plan)
                .getResultList();
        // Project counts read as whole numbers; money keeps the stored scale.
        for (TargetRow r : TupleRecords.map(rows, TargetRow.class)) {
            byUnit.computeIfAbsent(r.unitId(), k -> new EnumMap<>(Metric.class))
                    .put(
                            r.metric(),
                            r.metric().money() ? r.amount() : r.amount().setScale(0, RoundingMode.UNNECESSARY));
        }
        return byUnit;
    }

    private record TargetRow(long unitId, Metric metric, BigDecimal amount) {}

    /** The grid's rules, every broken one reported at once as a field error (422). */
    private Map<Long, Map<Metric, BigDecimal>> validate(TargetGrid.Request request) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<Long, Map<Metric, BigDecimal>> wanted = new LinkedHashMap<>();
        if (request == null || request.units() == null) {
            throw invalid("targets.invalid", List.of(new Problem.Violation("units", "请提交各单位的目标。")));
        }
        Set<Long> known = new HashSet<>();
        units.listAll().forEach(u -> known.add(u.id));
        for (int i = 0; i < request.units().size(); i++) {
            TargetGrid.UnitRequest row = request.units().get(i);
            String at = "units[" + i + "]";
            if (row == null || row.unitId() == null) {
                violations.add(new Problem.Violation(at + ".unitId", "请指定责任单位。"));
                continue;
            }
            if (!known.contains(row.unitId())) {
                violations.add(new Problem.Violation(at + ".unitId", "找不到该责任单位：" + row.unitId()));
                continue;
            }
            if (wanted.containsKey(row.unitId())) {
                violations.add(new Problem.Violation(at + ".unitId", "同一单位只能出现一次。"));
                continue;
            }
            Map<Metric, BigDecimal> targets = new EnumMap<>(Metric.class);
            if (row.targets() != null) {
                row.targets().forEach((metric, amount) -> {
                    String field = at + ".targets." + metric;
                    if (metric == null || amount == null) {
                        return;
                    }
                    if (amount.signum() < 0) {
                        violations.add(new Problem.Violation(field, "目标不能为负数。"));
                    } else if (amount.compareTo(MAX_TARGET) > 0) {
                        violations.add(new Problem.Violation(field, "目标数值过大。"));
                    } else if (!metric.money() && amount.stripTrailingZeros().scale() > 0) {
                        violations.add(new Problem.Violation(field, "项目数目标应为整数。"));
                    } else if (amount.stripTrailingZeros().scale() > 4) {
                        violations.add(new Problem.Violation(field, "金额目标最多保留四位小数。"));
                    } else {
                        targets.put(metric, amount);
                    }
                });
            }
            wanted.put(row.unitId(), targets);
        }
        if (!violations.isEmpty()) {
            throw invalid("targets.invalid", violations);
        }
        return wanted;
    }

    private static Map<Metric, BigDecimal> validate(RankingRuleView.Request request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request == null) {
            throw invalid("ranking_rule.invalid", List.of(new Problem.Violation("method", "请选择排名方法。")));
        }
        if (request.method() == null) {
            violations.add(new Problem.Violation("method", "请选择排名方法（COMPLETION 完成率 或 EFFICACY 功效系数法）。"));
        }
        BigDecimal cap = request.capPercent();
        if (cap == null
                || cap.compareTo(BigDecimal.valueOf(100)) < 0
                || cap.compareTo(BigDecimal.valueOf(1000)) > 0
                || cap.stripTrailingZeros().scale() > 2) {
            violations.add(new Problem.Violation("capPercent", "封顶比例应在 100% 至 1000% 之间，最多两位小数。"));
        }
        Map<Metric, BigDecimal> weights = new EnumMap<>(Metric.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (Metric m : Metric.values()) {
            BigDecimal w = request.weights() == null ? null : request.weights().get(m);
            if (w == null
                    || w.signum() < 0
                    || w.compareTo(BigDecimal.valueOf(100)) > 0
                    || w.stripTrailingZeros().scale() > 2) {
                violations.add(new Problem.Violation("weights." + m, "权重应为 0 至 100 之间的数，最多两位小数。"));
            } else {
                weights.put(m, w);
                sum = sum.add(w);
            }
        }
        if (weights.size() == Metric.values().length && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            violations.add(new Problem.Violation(
                    "weights", "各指标权重之和应为 100，现为 " + sum.stripTrailingZeros().toPlainString() + "。"));
        }
        if (!violations.isEmpty()) {
            throw invalid("ranking_rule.invalid", violations);
        }
        return weights;
    }

    private static ApiException invalid(String code, List<Problem.Violation> violations) {
        return new ApiException(422, code, "提交的内容有误，请检查标出的项。", violations);
    }
}
