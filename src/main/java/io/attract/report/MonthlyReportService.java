package io.attract.report;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.ReadReplica;
import io.attract.common.time.BusinessDates;
import io.attract.ranking.Metric;
import io.attract.ranking.RankingScores;
import io.attract.ranking.TargetService;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class MonthlyReportService {

    @Inject
    ReportQueries queries;

    @Inject
    TargetService targets;

    @Inject
    UnitRepository units;

    @Inject
    EntityManager primary;

    @Inject
    @ReadReplica
    EntityManager replica;

    /** The live figures, computed now from the dated events, as the read replica has them (ADR 0019). */
    public MonthlyReport live(String month) {
        return live(month, replica);
    }

    /** The live figures as the primary has them: for a write that depends on them (月结's snapshot). */
    public MonthlyReport liveOnPrimary(String month) {
        return live(month, primary);
    }

    private MonthlyReport live(String month, EntityManager source) {
        YearMonth ym = parse(month);
        LocalDate today = BusinessDates.today();
        if (ym.atDay(1).isAfter(today)) {
            throw ApiException.invalid("month", "report.month_in_future", ym + " 尚未开始，没有月报。");
        }
        LocalDate to = ym.atEndOfMonth().isAfter(today) ? today : ym.atEndOfMonth();
        List<ReportRow> rows = queries.rows(source, ym.atDay(1), to);
        MonthlyReport.Figures summary = MonthlyReport.Figures.of(rows);
        ReportQueries.LastYear last = queries.lastYear(source, to);
        long newLastYear = last.newProjects();
        BigDecimal fundsLastYear = last.funds();
        BigDecimal usdLastYear = last.foreignUsd();
        Map<Long, Map<Metric, BigDecimal>> targets = this.targets.targets(ym.getYear());
        return new MonthlyReport(
                ym.toString(),
                ym.atDay(1),
                to,
                summary,
                MonthlyReport.yoy(BigDecimal.valueOf(summary.newYear()), BigDecimal.valueOf(newLastYear)),
                MonthlyReport.yoy(summary.fundsYearToDate(), fundsLastYear),
                MonthlyReport.yoy(summary.foreignUsdYearToDate(), usdLastYear),
                newLastYear,
                fundsLastYear,
                usdLastYear,
                byUnit(rows, targets, to),
                MonthlyReport.groups(rows, ReportRow::industryId, ReportRow::industry),
                rows,
                null,
                districtTargets(rows, targets, to),
                null,
                null);
    }

    private MonthlyReport.Targets districtTargets(
            List<ReportRow> rows, Map<Long, Map<Metric, BigDecimal>> targets, LocalDate to) {
        if (targets.isEmpty()) {
            return null;
        }
        int n = to.getMonthValue();
        return new MonthlyReport.Targets(
                n,
                RankingScores.timeProgressPercent(n),
                ReportTargets.lines(ReportTargets.total(targets), ReportTargets.actuals(rows, to.withDayOfYear(1)), n));
    }

    /** The unit groups with each unit's target completion; a unit with targets but no line this year shows zeros. */
    private List<MonthlyReport.Group> byUnit(
            List<ReportRow> rows, Map<Long, Map<Metric, BigDecimal>> targets, LocalDate to) {
        List<MonthlyReport.Group> groups = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        Map<Long, List<ReportRow>> byId = rows.stream().collect(Collectors.groupingBy(ReportRow::unitId));
        for (MonthlyReport.Group g : MonthlyReport.groups(rows, ReportRow::unitId, ReportRow::unitName)) {
            listed.add(g.id());
            groups.add(new MonthlyReport.Group(
                    g.id(),
                    g.name(),
                    g.figures(),
                    unitTargets(targets.get(g.id()), byId.getOrDefault(g.id(), List.of()), to)));
        }
        targets.keySet().stream()
                .filter(id -> !listed.contains(id))
                .map(units::findById)
                .sorted(Comparator.comparing((Unit u) -> u.code))
                .forEach(u -> groups.add(new MonthlyReport.Group(
                        u.id,
                        u.name,
                        MonthlyReport.Figures.of(List.of()),
                        unitTargets(targets.get(u.id), List.of(), to))));
        return groups;
    }

    private static List<MonthlyReport.TargetLine> unitTargets(
            Map<Metric, BigDecimal> targets, List<ReportRow> rows, LocalDate to) {
        return targets == null
                ? null
                : ReportTargets.lines(targets, ReportTargets.actuals(rows, to.withDayOfYear(1)), to.getMonthValue());
    }

    static YearMonth parse(String month) {
        try {
            YearMonth ym = YearMonth.parse(month);
            if (ym.getYear() >= 2000 && ym.getYear() <= 2100) {
                return ym;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.invalid("month", "report.bad_month", "月份应写作 YYYY-MM，如 2026-11。");
    }
}
