package io.attract.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
        List<Object[]> projects = em.createNativeQuery("""
                select p.unit_id, count(*) filter (where p.signed_or_later_on between :from and :to),
                       count(*) filter (where p.landed_on between :from and :to)
                from project p
                where p.signed_or_later_on between :from and :to or p.landed_on between :from and :to
                group by p.unit_id""")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] r : projects) {
            Map<Metric, BigDecimal> m = of(byUnit, r[0]);
            m.put(Metric.SIGNED, BigDecimal.valueOf(((Number) r[1]).longValue()));
            m.put(Metric.LANDED, BigDecimal.valueOf(((Number) r[2]).longValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> funds = em.createNativeQuery("""
                select p.unit_id, sum(f.amount), sum(f.foreign_usd) from counted_fund f
                join project p on p.id = f.project_id
                where f.arrived_on between :from and :to group by p.unit_id""")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] r : funds) {
            Map<Metric, BigDecimal> m = of(byUnit, r[0]);
            m.put(Metric.FUNDS, (BigDecimal) r[1]);
            m.put(Metric.FOREIGN_USD, (BigDecimal) r[2]);
        }
        return byUnit;
    }

    private static Map<Metric, BigDecimal> of(Map<Long, Map<Metric, BigDecimal>> byUnit, Object unitId) {
        return byUnit.computeIfAbsent(((Number) unitId).longValue(), k -> {
            Map<Metric, BigDecimal> m = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                m.put(metric, BigDecimal.ZERO);
            }
            return m;
        });
    }
}
