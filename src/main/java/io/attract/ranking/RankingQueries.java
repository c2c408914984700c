package io.attract.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The actuals behind the ranking, per unit, from business dates only (as the cockpit and the monthly report count):
 * SIGNED counts a project whose first 签约 — or, if it skipped signing, its first later stage — falls in the period;
 * LANDED its first registration (开工/投产 without a known registration); FUNDS and FOREIGN_USD the arrivals in the
 * period. Each project is credited to its one responsible unit.
 */
@ApplicationScoped
class RankingQueries {

    static final String SIGNED_ON = "coalesce(p.signed_on, p.registered_on, p.construction_on, p.operating_on)";
    static final String LANDED_ON = "coalesce(p.registered_on, p.construction_on, p.operating_on)";

    @Inject
    EntityManager em;

    Map<Long, Map<Metric, BigDecimal>> actuals(LocalDate from, LocalDate to) {
        Map<Long, Map<Metric, BigDecimal>> byUnit = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> projects = em.createNativeQuery("""
                select p.unit_id, count(*) filter (where %s between :from and :to),
                       count(*) filter (where %s between :from and :to)
                from project p
                where %1$s between :from and :to or %2$s between :from and :to
                group by p.unit_id""".formatted(SIGNED_ON, LANDED_ON)).setParameter("from", from)
                .setParameter("to", to).getResultList();
        for (Object[] r : projects) {
            Map<Metric, BigDecimal> m = of(byUnit, r[0]);
            m.put(Metric.SIGNED, BigDecimal.valueOf(((Number) r[1]).longValue()));
            m.put(Metric.LANDED, BigDecimal.valueOf(((Number) r[2]).longValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> funds = em.createNativeQuery("""
                select p.unit_id, sum(f.amount), sum(f.foreign_usd) from project_fund f
                join project p on p.id = f.project_id
                where f.arrived_on between :from and :to group by p.unit_id""").setParameter("from", from)
                .setParameter("to", to).getResultList();
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
