package io.attract.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.attract.cockpit.CockpitView.Breakdown;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.project.ProjectStage;

/**
 * The cockpit's SQL. "Landed" is the first registration, or, when none is known, the first of construction and
 * operation (brief: entering 开工 or 投产 implies 注册 for the count).
 */
@ApplicationScoped
class CockpitQueries {

    static final String LANDED_ON = "coalesce(p.registered_on, p.construction_on, p.operating_on)";
    /** 3 landed, 2 signed, 1 negotiating, 0 none: the furthest stage first reached inside [:from, :to]. */
    static final String BUCKET = "case when " + LANDED_ON + " between :from and :to then 3"
            + " when p.signed_on between :from and :to then 2"
            + " when p.negotiating_on between :from and :to then 1 else 0 end";

    @Inject
    EntityManager em;

    record NewWithInvestment(NewProjects counts, BigDecimal totalInvestment) {
    }

    NewWithInvestment newProjects(LocalDate from, LocalDate to, Long unit) {
        Object[] row = (Object[]) query("""
                select count(*) filter (where b = 1), count(*) filter (where b = 2), count(*) filter (where b = 3),
                       coalesce(sum(counted_investment) filter (where b > 0), 0)
                from (select %s as b, p.counted_investment from project p where 1 = 1 %s) x""".formatted(BUCKET,
                unitClause(unit)), from, to, unit).getSingleResult();
        return new NewWithInvestment(counts(row[0], row[1], row[2]), (BigDecimal) row[3]);
    }

    /** The stage each project was in at the end of {@code asOf}: its latest live transition on or before it. */
    Map<ProjectStage, Long> byStage(LocalDate asOf, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select stage, count(*) from (
                    select distinct on (t.project_id) t.to_stage as stage from project_transition t
                    join project p on p.id = t.project_id
                    where t.reverted_by_id is null and t.effective_date <= :to %s
                    order by t.project_id, t.effective_date desc, t.recorded_at desc, t.id desc) s
                group by stage""".formatted(unitClause(unit)), null, asOf, unit).getResultList();
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage, 0L);
        }
        rows.forEach(r -> counts.put(ProjectStage.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Funds in place (万元) and the FDI part (万美元) that arrived in [from, to]. */
    BigDecimal[] funds(LocalDate from, LocalDate to, Long unit) {
        Object[] row = (Object[]) query("""
                select coalesce(sum(f.amount), 0), coalesce(sum(f.foreign_usd), 0) from project_fund f
                join project p on p.id = f.project_id where f.arrived_on between :from and :to %s""".formatted(
                unitClause(unit)), from, to, unit).getSingleResult();
        return new BigDecimal[] { (BigDecimal) row[0], (BigDecimal) row[1] };
    }

    /** Leader-led trips, all trips, events held, and the projects credited to those events (one event each). */
    record Engagement(int leaderLedTrips, int trips, int events, int eventSignedProjects) {
    }

    Engagement engagement(LocalDate from, LocalDate to, Long unit) {
        String tripUnit = unit == null ? "" : "and t.unit_id = :unit";
        String eventUnit = unit == null ? "" : "and e.unit_id = :unit";
        Object[] row = (Object[]) query("""
                select (select count(*) from trip t where t.start_date between :from and :to
                            and coalesce(t.leader_name, '') <> '' %1$s),
                       (select count(*) from trip t where t.start_date between :from and :to %1$s),
                       (select count(*) from investment_event e where e.held_on between :from and :to %2$s),
                       (select count(*) from event_credit c join investment_event e on e.id = c.event_id
                            join project p on p.id = c.project_id
                            where e.held_on between :from and :to %3$s)""".formatted(tripUnit, eventUnit,
                unitClause(unit)), from, to, unit).getSingleResult();
        return new Engagement(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue());
    }

    enum Dimension {
        INDUSTRY("p.industry_id", "industry"), ZONE("p.zone_id", "zone"), UNIT("p.unit_id", "org_unit");

        final String column;
        final String table;

        Dimension(String column, String table) {
            this.column = column;
            this.table = table;
        }
    }

    List<Breakdown> breakdown(Dimension by, LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select d.id, d.name, count(*) filter (where x.b > 0), count(*) filter (where x.b >= 2),
                       coalesce(sum(x.counted_investment) filter (where x.b > 0), 0), coalesce(sum(x.funds), 0)
                from (select %1$s as dim, %2$s as b, p.counted_investment, f.funds
                      from project p left join (select project_id, sum(amount) as funds from project_fund
                                                where arrived_on between :from and :to group by project_id) f
                                     on f.project_id = p.id
                      where 1 = 1 %3$s) x
                left join %4$s d on d.id = x.dim
                group by d.id, d.name
                having count(*) filter (where x.b > 0) > 0 or coalesce(sum(x.funds), 0) > 0
                order by 3 desc, 6 desc""".formatted(by.column, BUCKET, unitClause(unit), by.table), from, to, unit)
                .getResultList();
        List<Breakdown> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Breakdown(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5]));
        }
        return result;
    }

    /** Per month of [from, to]: new projects at their furthest stage reached in that month. */
    Map<LocalDate, NewProjects> newByMonth(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select m, count(*) filter (where r = 1), count(*) filter (where r = 2), count(*) filter (where r = 3)
                from (select p.id, date_trunc('month', x.d)::date as m, max(x.r) as r
                      from project p cross join lateral (values (1, p.negotiating_on), (2, p.signed_on),
                                                                (3, %s)) x(r, d)
                      where x.d between :from and :to %s
                      group by p.id, date_trunc('month', x.d)) pm
                group by m""".formatted(LANDED_ON, unitClause(unit)), from, to, unit).getResultList();
        Map<LocalDate, NewProjects> byMonth = new java.util.HashMap<>();
        rows.forEach(r -> byMonth.put((LocalDate) r[0], counts(r[1], r[2], r[3])));
        return byMonth;
    }

    /** Per month of [from, to]: funds (万元) and FDI (万美元). */
    Map<LocalDate, BigDecimal[]> fundsByMonth(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select date_trunc('month', f.arrived_on)::date, sum(f.amount), sum(f.foreign_usd)
                from project_fund f join project p on p.id = f.project_id
                where f.arrived_on between :from and :to %s group by 1""".formatted(unitClause(unit)), from, to,
                unit).getResultList();
        Map<LocalDate, BigDecimal[]> byMonth = new java.util.HashMap<>();
        rows.forEach(r -> byMonth.put((LocalDate) r[0],
                new BigDecimal[] { (BigDecimal) r[1], (BigDecimal) r[2] }));
        return byMonth;
    }

    /**
     * The funnel of the projects that entered it in [from, to]: how many reached each stage by {@code to}, and the
     * average days from the previous stage (where both dates are known).
     */
    Object[] funnel(LocalDate from, LocalDate to, Long unit) {
        return (Object[]) query("""
                select count(*),
                  count(*) filter (where coalesce(signed_on, registered_on, construction_on, operating_on) <= :to),
                  count(*) filter (where coalesce(registered_on, construction_on, operating_on) <= :to),
                  count(*) filter (where coalesce(construction_on, operating_on) <= :to),
                  count(*) filter (where operating_on <= :to),
                  avg(signed_on - negotiating_on) filter (where signed_on <= :to),
                  avg(registered_on - signed_on) filter (where registered_on <= :to),
                  avg(construction_on - coalesce(registered_on, signed_on)) filter (where construction_on <= :to),
                  avg(operating_on - construction_on) filter (where operating_on <= :to)
                from project p
                where coalesce(negotiating_on, signed_on, registered_on, construction_on, operating_on)
                      between :from and :to %s""".formatted(unitClause(unit)), from, to, unit).getSingleResult();
    }

    /** The 20 largest live key projects with their funds in [from, to]. */
    List<Object[]> keyProjects(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select p.id, p.code, p.name, p.stage, u.name as unit_name, p.sponsor_leader, p.total_investment,
                       (select coalesce(sum(f.amount), 0) from project_fund f where f.project_id = p.id
                        and f.arrived_on between :from and :to)
                from project p join org_unit u on u.id = p.unit_id
                where p.key_project and p.stage <> 'TERMINATED' %s
                order by p.total_investment desc nulls last, p.id limit 20""".formatted(unitClause(unit)), from, to,
                unit).getResultList();
        return rows;
    }

    private Query query(String sql, LocalDate from, LocalDate to, Long unit) {
        Query q = em.createNativeQuery(sql);
        if (from != null) {
            q.setParameter("from", from);
        }
        q.setParameter("to", to);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return q;
    }

    private static String unitClause(Long unit) {
        return unit == null ? "" : "and p.unit_id = :unit";
    }

    private static NewProjects counts(Object negotiating, Object signed, Object landed) {
        long n = ((Number) negotiating).longValue(), s = ((Number) signed).longValue(), l = ((Number) landed).longValue();
        return new NewProjects(n, s, l, n + s + l);
    }
}
