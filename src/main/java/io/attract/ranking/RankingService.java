package io.attract.ranking;

import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ranking of a year as of a day: actuals from 1 January to that day against the year's targets and rule. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    @Inject
    RankingQueries queries;

    @Inject
    TargetService targets;

    @Inject
    UnitRepository units;

    public RankingView ranking(LocalDate asOf) {
        int year = asOf.getYear();
        RankingRuleView rule = targets.rule(year);
        Map<Long, Map<Metric, BigDecimal>> targetsByUnit = targets.targets(year);
        Map<Long, Map<Metric, BigDecimal>> actuals = actuals(LocalDate.of(year, 1, 1), asOf);
        List<RankingScores.Entry> entries = new ArrayList<>();
        targetsByUnit.forEach(
                (unitId, t) -> entries.add(new RankingScores.Entry(unitId, actuals.getOrDefault(unitId, Map.of()), t)));
        List<RankingScores.Result> results = RankingScores.rank(
                entries,
                new RankingScores.Rule(rule.method(), rule.capPercent(), rule.weights()),
                asOf.getMonthValue());
        Map<Long, Unit> byId = new java.util.HashMap<>();
        units.listAll().forEach(u -> byId.put(u.id, u));
        List<RankingView.UnitRanking> rows = new ArrayList<>();
        for (RankingScores.Result r : results) {
            Unit u = byId.get(r.unitId());
            rows.add(new RankingView.UnitRanking(r.unitId(), u.code, u.name, r.rank(), r.score(), r.metrics()));
        }
        return new RankingView(
                year, asOf, asOf.getMonthValue(), RankingScores.timeProgressPercent(asOf.getMonthValue()), rule, rows);
    }

    /** Each unit's actuals in [from, to], by business date; units with none are absent. */
    public Map<Long, Map<Metric, BigDecimal>> actuals(LocalDate from, LocalDate to) {
        return queries.actuals(from, to);
    }
}
