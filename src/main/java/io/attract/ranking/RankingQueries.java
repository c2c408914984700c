package io.attract.ranking;

import io.attract.common.persistence.TupleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals behind the ranking, per unit, from business dates and confirmed data only, by V19's rules (as the
 * cockpit and the monthly report count): SIGNED counts {@code signed_or_later_on} in the period (签约, or its first
 * later stage if signing was skipped); LANDED {@code landed_on}; FUNDS and FOREIGN_USD the view {@code counted_fund}.
 * Each project is credited to its one responsible unit.
 */
@ApplicationScoped
class RankingQueries {

    @Inject
    EntityManager em;

    Map<Long, Map<Metric, BigDecimal>> actuals(LocalDate from, LocalDate to) {
        Map<Long, Map<Metric, BigDecimal>> byUnit = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> projects = em.createNativeQuery("""
                select p.unit_id as unitId,
                       count(*) filter (where p.signed_or_later_on between :from and :to) as signed,
                       count(*) filter (where p.landed_on between :from and :to) as landed
                from project p
                where p.signed_or_later_on between :from and :to or p.landed_on between :from and :to
                group by p.unit_id""", Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (ProjectCounts r : TupleRecords.map(projects, ProjectCounts.class)) {
            Map<Metric, BigDecimal> m = of(byUnit, r.unitId());
            m.put(Metric.SIGNED, BigDecimal.valueOf(r.signed()));
            m.put(Metric.LANDED, BigDecimal.valueOf(r.landed()));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> funds = em.createNativeQuery("""
                select p.unit_id as unitId, sum(f.amount) as amount, sum(f.foreign_usd) as foreignUsd
                from counted_fund f join project p on p.id = f.project_id
                where f.arrived_on between :from and :to group by p.unit_id""", Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (FundSums r : TupleRecords.map(funds, FundSums.class)) {
            Map<Metric, BigDecimal> m = of(byUnit, r.unitId());
            m.put(Metric.FUNDS, r.amount());
            m.put(Metric.FOREIGN_USD, r.foreignUsd());
        }
        return byUnit;
    }

    private record ProjectCounts(long unitId, long signed, long landed) {}

    private record FundSums(long unitId, BigDecimal amount, BigDecimal foreignUsd) {}

    private static Map<Metric, BigDecimal> of(Map<Long, Map<Metric, BigDecimal>> byUnit, long unitId) {
        return byUnit.computeIfAbsent(unitId, k -> {
            Map<Metric, BigDecimal> m = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                m.put(metric, BigDecimal.ZERO);
            }
            return m;
        });
    }
}
