package io.attract.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.attract.cockpit.CockpitView.Breakdown;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.project.ProjectStage;

/**
 * The cockpit's SQL, over confirmed data only and the rules V19 defines once: "landed" is {@code project.landed_on},
 * "signed, counting a skipped signing" {@code signed_or_later_on}, "new in the period" {@code new_stage(…)}, funds
 * and FDI the view {@code counted_fund}, the stage on a day the latest {@code counted} transition.
 *
 * <p>Shapes that keep it fast at province scale (ADR 0015; the indexes are V17): each pass over the projects or the
 * funds answers every figure that needs it (one pass for the three periods' new projects and the funnel, one for the
 * funds of every period and month, one for the three breakdowns), the project passes read only the narrow covering
 * index {@code project_cockpit_idx}, and a unit's figures start from that unit's projects, never from the whole
 * district's funds or transitions.
 */
@ApplicationScoped
class CockpitQueries {

    /** 3 landed, 2 signed, 1 negotiating, 0 none: the furthest stage first reached inside [:{from}, :{to}]. */
    static String bucket(String from, String to) {
        return "new_stage(p.negotiating_on, p.signed_on, p.landed_on, :" + from + ", :" + to + ")";
    }

    @Inject
    EntityManager em;

    /**
     * New projects of this year, the same period last year and this month (each project once, at its furthest
     * stage first reached in the period), the signed projects counting landed ones (the targets' 新签约) of the same
     * periods, this year's counted investment, and the funnel's raw figures: how many of
     * the projects that entered the funnel this year reached each stage by {@code to}, and the average days from the
     * previous stage (where both dates are known).
     */
    record Headline(NewProjects thisYear, BigDecimal totalInvestment, NewProjects lastYear, NewProjects thisMonth,
            Object[] funnel, CockpitView.Counts signedProjects) {
    }

    Headline headline(Period period, Long unit) {
        Object[] r = (Object[]) query("""
                select count(*) filter (where y = 1), count(*) filter (where y = 2), count(*) filter (where y = 3),
                       coalesce(sum(counted_investment) filter (where y > 0), 0),
                       count(*) filter (where l = 1), count(*) filter (where l = 2), count(*) filter (where l = 3),
                       count(*) filter (where m = 1), count(*) filter (where m = 2), count(*) filter (where m = 3),
                       count(*) filter (where entered),
                       count(*) filter (where entered and signed_or_later_on <= :to),
                       count(*) filter (where entered and landed_on <= :to),
                       count(*) filter (where entered and coalesce(construction_on, operating_on) <= :to),
                       count(*) filter (where entered and operating_on <= :to),
                       avg(signed_on - negotiating_on) filter (where entered and signed_on <= :to),
                       avg(registered_on - signed_on) filter (where entered and registered_on <= :to),
                       avg(construction_on - coalesce(registered_on, signed_on))
                           filter (where entered and construction_on <= :to),
                       avg(operating_on - construction_on) filter (where entered and operating_on <= :to),
                       count(*) filter (where signed_or_later_on between :monthFrom and :to),
                       count(*) filter (where signed_or_later_on between :from and :to),
                       count(*) filter (where signed_or_later_on between :lyFrom and :lyTo)
                from (select %s as y, %s as l, %s as m,
                             coalesce(p.negotiating_on, p.signed_or_later_on) between :from and :to as entered,
                             p.negotiating_on, p.signed_on, p.registered_on, p.construction_on, p.operating_on,
                             p.landed_on, p.signed_or_later_on, p.counted_investment
                      from project p where 1 = 1 %s) x""".formatted(bucket("from", "to"),
                bucket("lyFrom", "lyTo"), bucket("monthFrom", "to"), unitClause(unit)), period, unit)
                .getSingleResult();
        Object[] funnel = new Object[9];
        System.arraycopy(r, 10, funnel, 0, 9);
        return new Headline(counts(r[0], r[1], r[2]), (BigDecimal) r[3], counts(r[4], r[5], r[6]),
                counts(r[7], r[8], r[9]), funnel, new CockpitView.Counts(((Number) r[19]).longValue(),
                        ((Number) r[20]).longValue(), ((Number) r[21]).longValue()));
    }

    /** The stage each project was in at the end of {@code asOf}: its latest live transition on or before it. */
    Map<ProjectStage, Long> byStage(LocalDate asOf, Long unit) {
        // Both walk project_transition_asof_idx in its order (no sort): the district every live transition once,
        // a unit the latest one per project of the unit.
        String sql = unit == null ? """
                select stage, count(*) from (
                    select distinct on (t.project_id) t.to_stage as stage from project_transition t
                    where t.counted and t.effective_date <= :to
                    order by t.project_id, t.effective_date desc, t.recorded_at desc, t.id desc) s
                group by stage""" : """
                select s.stage, count(*) from project p
                cross join lateral (select t.to_stage as stage from project_transition t
                                    where t.project_id = p.id and t.counted and t.effective_date <= :to
                                    order by t.effective_date desc, t.recorded_at desc, t.id desc limit 1) s
                where p.unit_id = :unit
                group by s.stage""";
        Query q = em.createNativeQuery(sql).setParameter("to", asOf);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage, 0L);
        }
        rows.forEach(r -> counts.put(ProjectStage.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * Funds in place (万元) and their FDI part (万美元): this month, this year and last year to the same day, and per
     * month of last year and this year. Amounts are exact decimals, so adding the months here gives the same sums
     * (and scales) as summing the rows in SQL.
     */
    record Funds(BigDecimal[] month, BigDecimal[] yearToDate, BigDecimal[] lastYearToDate,
            Map<LocalDate, BigDecimal[]> byMonth) {
    }

    Funds funds(Period period, Long unit) {
        // Per day first, then per month: date_trunc runs once per day, not once per row. The district reads the
        // period's funds by date; a unit reads each of its projects' funds (the lateral aggregate keeps that order
        // under a generic plan too, which otherwise reads the whole district's funds and joins the unit).
        String days = """
                select f.arrived_on, sum(f.amount) as amount, sum(f.foreign_usd) as usd,
                       sum(f.amount) filter (where f.arrived_on <= :lyTo) as ly_amount,
                       sum(f.foreign_usd) filter (where f.arrived_on <= :lyTo) as ly_usd
                from counted_fund f where f.arrived_on between :lyFrom and :to""";
        String from = unit == null ? "(%s group by f.arrived_on) d".formatted(days)
                : "project p cross join lateral (%s and f.project_id = p.id group by f.arrived_on) d where p.unit_id = :unit"
                        .formatted(days);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select date_trunc('month', d.arrived_on)::date, sum(d.amount), sum(d.usd), sum(d.ly_amount), sum(d.ly_usd)
                from %s
                group by 1""".formatted(from), period, unit).getResultList();
        BigDecimal[] month = { BigDecimal.ZERO, BigDecimal.ZERO };
        BigDecimal[] year = { BigDecimal.ZERO, BigDecimal.ZERO };
        BigDecimal[] lastYear = { BigDecimal.ZERO, BigDecimal.ZERO };
        Map<LocalDate, BigDecimal[]> byMonth = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate m = (LocalDate) r[0];
            BigDecimal[] sums = { (BigDecimal) r[1], (BigDecimal) r[2] };
            byMonth.put(m, sums);
            if (m.equals(period.monthFrom())) {
                month = sums;
            }
            if (!m.isBefore(period.from())) {
                year = add(year, sums);
            }
            lastYear = add(lastYear, new BigDecimal[] { (BigDecimal) r[3], (BigDecimal) r[4] });
        }
        return new Funds(month, year, lastYear, byMonth);
    }

    private static BigDecimal[] add(BigDecimal[] a, BigDecimal[] b) {
        return new BigDecimal[] { b[0] == null ? a[0] : a[0].add(b[0]), b[1] == null ? a[1] : a[1].add(b[1]) };
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
        INDUSTRY, ZONE, UNIT
    }

    /**
     * Per industry, zone and unit (id null = none), in one pass: new projects, those signed or landed, their counted
     * investment and the funds that arrived in [from, to]; only where there is something to show.
     */
    Map<Dimension, List<Breakdown>> breakdowns(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                with x as (select p.industry_id, p.zone_id, p.unit_id, %s as b, p.counted_investment, f.funds
                           from project p %s),
                a as (select case when grouping(x.industry_id) = 0 then 'INDUSTRY'
                                  when grouping(x.zone_id) = 0 then 'ZONE' else 'UNIT' end as dim,
                             case when grouping(x.industry_id) = 0 then x.industry_id
                                  when grouping(x.zone_id) = 0 then x.zone_id else x.unit_id end as id,
                             count(*) filter (where x.b > 0) as fresh, count(*) filter (where x.b >= 2) as signed,
                             coalesce(sum(x.counted_investment) filter (where x.b > 0), 0) as investment,
                             coalesce(sum(x.funds), 0) as funds
                      from x group by grouping sets ((x.industry_id), (x.zone_id), (x.unit_id))
                      having count(*) filter (where x.b > 0) > 0 or coalesce(sum(x.funds), 0) > 0)
                select a.dim, a.id, coalesce(i.name, z.name, u.name), a.fresh, a.signed, a.investment, a.funds
                from a left join industry i on a.dim = 'INDUSTRY' and i.id = a.id
                       left join zone z on a.dim = 'ZONE' and z.id = a.id
                       left join org_unit u on a.dim = 'UNIT' and u.id = a.id
                order by a.dim, a.fresh desc, a.funds desc, a.id""".formatted(bucket("from", "to"), unit == null
                        // the district: the year's funds summed per project once, joined to every project
                        ? """
                        left join (select project_id, sum(amount) as funds from counted_fund
                                   where arrived_on between :from and :to group by project_id) f on f.project_id = p.id"""
                        // a unit: each of its projects' funds (one index range each), whatever the plan
                        : """
                        left join lateral (select sum(f.amount) as funds from counted_fund f
                                           where f.project_id = p.id and f.arrived_on between :from and :to) f on true
                        where p.unit_id = :unit"""),
                from, to, unit).getResultList();
        Map<Dimension, List<Breakdown>> result = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            result.put(d, new ArrayList<>());
        }
        for (Object[] r : rows) {
            result.get(Dimension.valueOf((String) r[0])).add(new Breakdown(r[1] == null ? null
                    : ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), (BigDecimal) r[5], (BigDecimal) r[6]));
        }
        return result;
    }

    /**
     * Per month of [from, to]: new projects at their furthest stage reached in that month. A project's landing month
     * counts it as landed; its signing month, unless it also landed then, as signed; its negotiating month, unless it
     * also signed or landed then, as negotiating. One pass over the projects, three small groupings by month (no
     * grouping by project, which spilled to disk at 100,000 projects). The {@code offset 0} keeps the innermost
     * select a subquery, so each month is computed once per project, not once per reference.
     */
    Map<LocalDate, NewProjects> newByMonth(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select case when grouping(l) = 0 then 3 when grouping(s) = 0 then 2 else 1 end, coalesce(l, s, n), count(*)
                from (select l, case when s is distinct from l then s end as s,
                             case when n is distinct from s and n is distinct from l then n end as n
                      from (select case when p.negotiating_on between :from and :to
                                        then date_trunc('month', p.negotiating_on)::date end as n,
                                   case when p.signed_on between :from and :to
                                        then date_trunc('month', p.signed_on)::date end as s,
                                   case when p.landed_on between :from and :to
                                        then date_trunc('month', p.landed_on)::date end as l
                            from project p where 1 = 1 %s offset 0) d) m
                group by grouping sets ((l), (s), (n))
                having coalesce(l, s, n) is not null""".formatted(unitClause(unit)), from, to, unit)
                .getResultList();
        Map<LocalDate, long[]> byStage = new HashMap<>();
        rows.forEach(r -> byStage.computeIfAbsent((LocalDate) r[1], m -> new long[4])[((Number) r[0]).intValue()] =
                ((Number) r[2]).longValue());
        Map<LocalDate, NewProjects> byMonth = new HashMap<>();
        byStage.forEach((m, c) -> byMonth.put(m, counts(c[1], c[2], c[3])));
        return byMonth;
    }

    /** The 20 largest live key projects with their funds in [from, to]. */
    List<Object[]> keyProjects(LocalDate from, LocalDate to, Long unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select p.id, p.code, p.name, p.stage, u.name as unit_name, p.sponsor_leader, p.total_investment,
                       (select coalesce(sum(f.amount), 0) from counted_fund f where f.project_id = p.id
                        and f.arrived_on between :from and :to)
                from project p join org_unit u on u.id = p.unit_id
                where p.key_project and p.stage <> 'TERMINATED' %s
                order by p.total_investment desc nulls last, p.id limit 20""".formatted(unitClause(unit)), from, to,
                unit).getResultList();
        return rows;
    }

    /** Stage changes and funds recorded but not yet confirmed (审核) in the scope: shown apart, never counted. */
    long[] pending(Long unit) {
        Object[] r = (Object[]) query("""
                select (select count(*) from project_transition t join project p on p.id = t.project_id
                        where t.confirmed_at is null and t.returned_at is null and t.reverted_by_id is null %1$s),
                       (select count(*) from project_fund f join project p on p.id = f.project_id
                        where f.confirmed_at is null and f.returned_at is null %1$s)""".formatted(unitClause(unit)),
                null, null, unit).getSingleResult();
        return new long[] { ((Number) r[0]).longValue(), ((Number) r[1]).longValue() };
    }

    /** The cockpit's dates: this year to {@code to}, this month to it, and last year to the same day. */
    record Period(LocalDate from, LocalDate monthFrom, LocalDate to, LocalDate lyFrom, LocalDate lyTo) {

        static Period of(LocalDate asOf) {
            LocalDate lastYearAsOf = asOf.minusYears(1);
            return new Period(asOf.withDayOfYear(1), asOf.withDayOfMonth(1), asOf, lastYearAsOf.withDayOfYear(1),
                    lastYearAsOf);
        }
    }

    /** A query with the period's dates it names bound (:from, :monthFrom, :to, :lyFrom, :lyTo) and the unit. */
    private Query query(String sql, Period period, Long unit) {
        Query q = em.createNativeQuery(sql);
        Map<String, LocalDate> dates = Map.of("from", period.from(), "monthFrom", period.monthFrom(), "to",
                period.to(), "lyFrom", period.lyFrom(), "lyTo", period.lyTo());
        dates.forEach((name, date) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                q.setParameter(name, date);
            }
        });
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return q;
    }

    private Query query(String sql, LocalDate from, LocalDate to, Long unit) {
        Query q = em.createNativeQuery(sql);
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
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
