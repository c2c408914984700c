package io.attract.cockpit;

import io.attract.cockpit.CockpitView.Breakdown;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.common.persistence.ReadReplica;
import io.attract.project.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The read replica when there is one (ADR 0019), else the primary. */
    @Inject
    @ReadReplica
    EntityManager em;

    /**
     * New projects of this year, the same period last year and this month (each project once, at its furthest
     * stage first reached in the period), the signed projects counting landed ones (the targets' 新签约) of the same
     * periods, this year's counted investment, and the funnel's raw figures: how many of
     * the projects that entered the funnel this year reached each stage by {@code to}, and the average days from the
     * previous stage (where both dates are known).
     */
    record Headline(
            NewProjects thisYear,
            BigDecimal totalInvestment,
            NewProjects lastYear,
            NewProjects thisMonth,
            FunnelFigures funnel,
            CockpitView.Counts signedProjects) {}

    Headline headline(Period period, Long unit) {
        Tuple r = row(
                """
                select count(*) filter (where y = 1) as y_negotiating, count(*) filter (where y = 2) as y_signed,
                       count(*) filter (where y = 3) as y_landed,
                       coalesce(sum(counted_investment) filter (where y > 0), 0) as investment,
                       count(*) filter (where l = 1) as l_negotiating, count(*) filter (where l = 2) as l_signed,
                       count(*) filter (where l = 3) as l_landed,
                       count(*) filter (where m = 1) as m_negotiating, count(*) filter (where m = 2) as m_signed,
                       count(*) filter (where m = 3) as m_landed,
                       count(*) filter (where entered) as entered,
                       count(*) filter (where entered and signed_or_later_on <= :to) as reached_signed,
                       count(*) filter (where entered and landed_on <= :to) as reached_landed,
                       count(*) filter (where entered and coalesce(construction_on, operating_on) <= :to)
                           as reached_construction,
                       count(*) filter (where entered and operating_on <= :to) as reached_operating,
                       avg(signed_on - negotiating_on) filter (where entered and signed_on <= :to) as days_signed,
                       avg(registered_on - signed_on) filter (where entered and registered_on <= :to)
                           as days_registered,
                       avg(construction_on - coalesce(registered_on, signed_on))
                           filter (where entered and construction_on <= :to) as days_construction,
                       avg(operating_on - construction_on) filter (where entered and operating_on <= :to)
                           as days_operating,
                       count(*) filter (where signed_or_later_on between :monthFrom and :to) as signed_month,
                       count(*) filter (where signed_or_later_on between :from and :to) as signed_year,
                       count(*) filter (where signed_or_later_on between :lyFrom and :lyTo) as signed_last_year
                from (select %s as y, %s as l, %s as m,
                             coalesce(p.negotiating_on, p.signed_or_later_on) between :from and :to as entered,
                             p.negotiating_on, p.signed_on, p.registered_on, p.construction_on, p.operating_on,
                             p.landed_on, p.signed_or_later_on, p.counted_investment
                      from project p where 1 = 1 %s) x""".formatted(
                        bucket("from", "to"), bucket("lyFrom", "lyTo"), bucket("monthFrom", "to"), unitClause(unit)),
                period.with(unit));
        FunnelFigures funnel = new FunnelFigures(
                new long[] {
                    count(r, "entered"),
                    count(r, "reached_signed"),
                    count(r, "reached_landed"),
                    count(r, "reached_construction"),
                    count(r, "reached_operating")
                },
                new BigDecimal[] {
                    null,
                    decimal(r, "days_signed"),
                    decimal(r, "days_registered"),
                    decimal(r, "days_construction"),
                    decimal(r, "days_operating")
                });
        return new Headline(
                newProjects(r, "y"),
                (BigDecimal) r.get("investment"),
                newProjects(r, "l"),
                newProjects(r, "m"),
                funnel,
                new CockpitView.Counts(
                        count(r, "signed_month"), count(r, "signed_year"), count(r, "signed_last_year")));
    }

    /**
     * Of the projects that entered the funnel this year: how many reached each stage (在谈, 签约, 注册, 开工, 投产) by
     * the as-of date, and the average days from the previous stage (none for the first).
     */
    record FunnelFigures(long[] reached, BigDecimal[] averageDays) {}

    /** The stage each project was in at the end of {@code asOf}: its latest live transition on or before it. */
    Map<ProjectStage, Long> byStage(LocalDate asOf, Long unit) {
        // Both walk project_transition_asof_idx in its order (no sort): the district every live transition once,
        // a unit the latest one per project of the unit.
        String sql = unit == null ? """
                select stage, count(*) as projects from (
                    select distinct on (t.project_id) t.to_stage as stage from project_transition t
                    where t.counted and t.effective_date <= :to
                    order by t.project_id, t.effective_date desc, t.recorded_at desc, t.id desc) s
                group by stage""" : """
                select s.stage, count(*) as projects from project p
                cross join lateral (select t.to_stage as stage from project_transition t
                                    where t.project_id = p.id and t.counted and t.effective_date <= :to
                                    order by t.effective_date desc, t.recorded_at desc, t.id desc limit 1) s
                where p.unit_id = :unit
                group by s.stage""";
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage, 0L);
        }
        rows(sql, params(null, asOf, unit))
                .forEach(r -> counts.put(ProjectStage.valueOf((String) r.get("stage")), count(r, "projects")));
        return counts;
    }

    /**
     * Funds in place (万元) and their FDI part (万美元): this month, this year and last year to the same day, and per
     * month of last year and this year. Amounts are exact decimals, so adding the months here gives the same sums
     * (and scales) as summing the rows in SQL.
     */
    record Funds(
            BigDecimal[] month,
            BigDecimal[] yearToDate,
            BigDecimal[] lastYearToDate,
            Map<LocalDate, BigDecimal[]> byMonth) {}

    /**
     * The district's funds by month: the complete months from V21's monthly totals (dim 'T'), the as-of month to its
     * day and last year's to the same day from the entries themselves. {@code ly_*} is last year up to {@code :lyTo}.
     */
    private static final String DISTRICT_FUNDS = """
            select month, sum(amount) as amount, sum(usd) as usd, sum(ly_amount) as ly_amount, sum(ly_usd) as ly_usd
            from (select t.month, t.amount, t.usd,
                         case when t.month < :lyMonthFrom then t.amount end as ly_amount,
                         case when t.month < :lyMonthFrom then t.usd end as ly_usd
                  from fund_total t where t.dim = 'T' and t.month >= :lyFrom and t.month < :monthFrom
                  union all
                  select :monthFrom, f.amount, f.foreign_usd, null, null
                  from counted_fund f where f.arrived_on between :monthFrom and :to
                  union all
                  select :lyMonthFrom, null, null, f.amount, f.foreign_usd
                  from counted_fund f where f.arrived_on between :lyMonthFrom and :lyTo) d
            group by month""";

    /**
     * A unit's funds by month, per day first: date_trunc runs once per day, not once per row. Each of its projects'
     * funds is read (the lateral aggregate keeps that order under a generic plan too, which otherwise reads the
     * whole district's funds and joins the unit).
     */
    private static final String UNIT_FUNDS = """
            select date_trunc('month', d.arrived_on)::date as month, sum(d.amount) as amount, sum(d.usd) as usd,
                   sum(d.ly_amount) as ly_amount, sum(d.ly_usd) as ly_usd
            from project p cross join lateral (
                select f.arrived_on, sum(f.amount) as amount, sum(f.foreign_usd) as usd,
                       sum(f.amount) filter (where f.arrived_on <= :lyTo) as ly_amount,
                       sum(f.foreign_usd) filter (where f.arrived_on <= :lyTo) as ly_usd
                from counted_fund f where f.arrived_on between :lyFrom and :to and f.project_id = p.id
                group by f.arrived_on) d
            where p.unit_id = :unit
            group by 1""";

    Funds funds(Period period, Long unit) {
        List<Tuple> rows = rows(unit == null ? DISTRICT_FUNDS : UNIT_FUNDS, period.with(unit));
        BigDecimal[] month = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] year = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] lastYear = {BigDecimal.ZERO, BigDecimal.ZERO};
        Map<LocalDate, BigDecimal[]> byMonth = new HashMap<>();
        for (Tuple r : rows) {
            LocalDate m = (LocalDate) r.get("month");
            BigDecimal[] sums = {decimal(r, "amount"), decimal(r, "usd")};
            byMonth.put(m, sums);
            if (m.equals(period.monthFrom())) {
                month = sums;
            }
            if (!m.isBefore(period.from())) {
                year = add(year, sums);
            }
            lastYear = add(lastYear, new BigDecimal[] {decimal(r, "ly_amount"), decimal(r, "ly_usd")});
        }
        return new Funds(month, year, lastYear, byMonth);
    }

    private static BigDecimal[] add(BigDecimal[] a, BigDecimal[] b) {
        return new BigDecimal[] {b[0] == null ? a[0] : a[0].add(b[0]), b[1] == null ? a[1] : a[1].add(b[1])};
    }

    /** Leader-led trips, all trips, events held, and the projects credited to those events (one event each). */
    record Engagement(int leaderLedTrips, int trips, int events, int eventSignedProjects) {}

    Engagement engagement(LocalDate from, LocalDate to, Long unit) {
        String tripUnit = unit == null ? "" : "and t.unit_id = :unit";
        String eventUnit = unit == null ? "" : "and e.unit_id = :unit";
        Tuple row = row("""
                select (select count(*) from trip t where t.start_date between :from and :to
                            and coalesce(t.leader_name, '') <> '' %1$s) as leader_led,
                       (select count(*) from trip t where t.start_date between :from and :to %1$s) as trips,
                       (select count(*) from investment_event e where e.held_on between :from and :to %2$s) as events,
                       (select count(*) from event_credit c join investment_event e on e.id = c.event_id
                            join project p on p.id = c.project_id
                            where e.held_on between :from and :to %3$s) as event_signed""".formatted(tripUnit, eventUnit, unitClause(unit)), params(from, to, unit));
        return new Engagement(
                (int) count(row, "leader_led"), (int) count(row, "trips"), (int) count(row, "events"), (int)
                        count(row, "event_signed"));
    }

    enum Dimension {
        INDUSTRY,
        ZONE,
        UNIT
    }

    /**
     * Per industry, zone and unit (id null = none), in one pass: new projects, those signed or landed, their counted
     * investment and the funds that arrived in [from, to]; only where there is something to show.
     */
    private static final String DIM = """
            case when grouping(x.industry_id) = 0 then 'INDUSTRY' when grouping(x.zone_id) = 0 then 'ZONE'
                 else 'UNIT' end""";

    private static final String DIM_ID = """
            case when grouping(x.industry_id) = 0 then x.industry_id when grouping(x.zone_id) = 0 then x.zone_id
                 else x.unit_id end""";

    private static final String NAMED = """
            select a.dim, a.id, coalesce(i.name, z.name, u.name) as name, a.fresh, a.signed, a.investment, a.funds
            from a left join industry i on a.dim = 'INDUSTRY' and i.id = a.id
                   left join zone z on a.dim = 'ZONE' and z.id = a.id
                   left join org_unit u on a.dim = 'UNIT' and u.id = a.id
            order by a.dim, a.fresh desc, a.funds desc, a.id""";

    /**
     * The district: the projects' counts in one pass over the narrow index, the funds from V21's monthly totals for
     * the complete months and from the entries for the as-of month, joined by dimension.
     */
    private static final String DISTRICT_BREAKDOWNS =
            """
            with x as (select p.industry_id, p.zone_id, p.unit_id, %s as b, p.counted_investment from project p),
            c as (select DIM as dim, DIM_ID as id, count(*) filter (where x.b > 0) as fresh,
                         count(*) filter (where x.b >= 2) as signed,
                         coalesce(sum(x.counted_investment) filter (where x.b > 0), 0) as investment
                  from x group by grouping sets ((x.industry_id), (x.zone_id), (x.unit_id))),
            tail as (select p.industry_id, p.zone_id, p.unit_id, f.amount
                     from counted_fund f join project p on p.id = f.project_id
                     where f.arrived_on between :monthFrom and :to),
            f as (select case t.dim when 'I' then 'INDUSTRY' when 'Z' then 'ZONE' else 'UNIT' end as dim,
                         nullif(t.key, 0) as id, t.amount
                  from fund_total t where t.dim in ('I', 'Z', 'U') and t.month >= :from and t.month < :monthFrom
                  union all
                  select DIM, DIM_ID, sum(x.amount)
                  from tail x group by grouping sets ((x.industry_id), (x.zone_id), (x.unit_id))),
            a as (select c.dim, c.id, c.fresh, c.signed, c.investment, coalesce(s.funds, 0) as funds
                  from c left join (select dim, id, sum(amount) as funds from f group by dim, id) s
                         on s.dim = c.dim and s.id is not distinct from c.id
                  where c.fresh > 0 or coalesce(s.funds, 0) > 0)
            NAMED""".replace("NAMED", NAMED).replace("DIM_ID", DIM_ID).replace("DIM", DIM);

    /** A unit: each of its projects' funds (one index range each), whatever the plan. */
    private static final String UNIT_BREAKDOWNS =
            """
            with x as (select p.industry_id, p.zone_id, p.unit_id, %s as b, p.counted_investment, f.funds
                       from project p
                       left join lateral (select sum(f.amount) as funds from counted_fund f
                                          where f.project_id = p.id and f.arrived_on between :from and :to) f on true
                       where p.unit_id = :unit),
            a as (select DIM as dim, DIM_ID as id, count(*) filter (where x.b > 0) as fresh,
                         count(*) filter (where x.b >= 2) as signed,
                         coalesce(sum(x.counted_investment) filter (where x.b > 0), 0) as investment,
                         coalesce(sum(x.funds), 0) as funds
                  from x group by grouping sets ((x.industry_id), (x.zone_id), (x.unit_id))
                  having count(*) filter (where x.b > 0) > 0 or coalesce(sum(x.funds), 0) > 0)
            NAMED""".replace("NAMED", NAMED).replace("DIM_ID", DIM_ID).replace("DIM", DIM);

    Map<Dimension, List<Breakdown>> breakdowns(LocalDate from, LocalDate to, Long unit) {
        Map<String, Object> values = params(from, to, unit);
        values.put("monthFrom", to.withDayOfMonth(1));
        List<Tuple> rows =
                rows((unit == null ? DISTRICT_BREAKDOWNS : UNIT_BREAKDOWNS).formatted(bucket("from", "to")), values);
        Map<Dimension, List<Breakdown>> result = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            result.put(d, new ArrayList<>());
        }
        for (Tuple r : rows) {
            Number id = (Number) r.get("id");
            result.get(Dimension.valueOf((String) r.get("dim")))
                    .add(new Breakdown(
                            id == null ? null : id.longValue(),
                            (String) r.get("name"),
                            count(r, "fresh"),
                            count(r, "signed"),
                            decimal(r, "investment"),
                            decimal(r, "funds")));
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
        List<Tuple> rows = rows("""
                select case when grouping(l) = 0 then 3 when grouping(s) = 0 then 2 else 1 end as stage,
                       coalesce(l, s, n) as month, count(*) as projects
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
                having coalesce(l, s, n) is not null""".formatted(unitClause(unit)), params(from, to, unit));
        Map<LocalDate, long[]> byStage = new HashMap<>();
        rows.forEach(
                r -> byStage.computeIfAbsent((LocalDate) r.get("month"), m -> new long[4])[(int) count(r, "stage")] =
                        count(r, "projects"));
        Map<LocalDate, NewProjects> byMonth = new HashMap<>();
        byStage.forEach((m, c) -> byMonth.put(m, new NewProjects(c[1], c[2], c[3], c[1] + c[2] + c[3])));
        return byMonth;
    }

    /** The 20 largest live key projects with their funds in [from, to]. */
    List<CockpitView.KeyProject> keyProjects(LocalDate from, LocalDate to, Long unit) {
        return rows("""
                select p.id, p.code, p.name, p.stage, u.name as unit_name, p.sponsor_leader, p.total_investment,
                       (select coalesce(sum(f.amount), 0) from counted_fund f where f.project_id = p.id
                        and f.arrived_on between :from and :to) as funds
                from project p join org_unit u on u.id = p.unit_id
                where p.key_project and p.stage <> 'TERMINATED' %s
                order by p.total_investment desc nulls last, p.id limit 20""".formatted(unitClause(unit)), params(from, to, unit)).stream()
                .map(r -> new CockpitView.KeyProject(
                        count(r, "id"),
                        (String) r.get("code"),
                        (String) r.get("name"),
                        ProjectStage.valueOf((String) r.get("stage")),
                        (String) r.get("unit_name"),
                        (String) r.get("sponsor_leader"),
                        decimal(r, "total_investment"),
                        decimal(r, "funds")))
                .toList();
    }

    /** Stage changes and funds recorded but not yet confirmed (审核) in the scope: shown apart, never counted. */
    CockpitView.Pending pending(Long unit) {
        Tuple r = row("""
                select (select count(*) from waiting_transition t join project p on p.id = t.project_id
                        where true %1$s) as stage_changes,
                       (select count(*) from waiting_fund f join project p on p.id = f.project_id
                        where true %1$s) as funds""".formatted(unitClause(unit)), params(null, null, unit));
        return new CockpitView.Pending(count(r, "stage_changes"), count(r, "funds"));
    }

    /** The cockpit's dates: this year to {@code to}, this month to it, and last year to the same day. */
    record Period(LocalDate from, LocalDate monthFrom, LocalDate to, LocalDate lyFrom, LocalDate lyTo) {

        static Period of(LocalDate asOf) {
            LocalDate lastYearAsOf = asOf.minusYears(1);
            return new Period(
                    asOf.withDayOfYear(1), asOf.withDayOfMonth(1), asOf, lastYearAsOf.withDayOfYear(1), lastYearAsOf);
        }

        /** The period's dates by the names the SQL uses (:from, :monthFrom, :to, :lyFrom, :lyTo) and the unit. */
        Map<String, Object> with(Long unit) {
            Map<String, Object> values = params(from, to, unit);
            values.put("monthFrom", monthFrom);
            values.put("lyFrom", lyFrom);
            values.put("lyTo", lyTo);
            values.put("lyMonthFrom", lyTo.withDayOfMonth(1));
            return values;
        }
    }

    /** Runs a query with the values of the parameters it declares (a value not named by the SQL is not bound). */
    private List<Tuple> rows(String sql, Map<String, Object> values) {
        Query q = em.createNativeQuery(sql, Tuple.class);
        for (Parameter<?> p : q.getParameters()) {
            q.setParameter(p.getName(), values.get(p.getName()));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> found = q.getResultList();
        return found;
    }

    private Tuple row(String sql, Map<String, Object> values) {
        return rows(sql, values).get(0);
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to, Long unit) {
        Map<String, Object> values = new HashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("unit", unit);
        return values;
    }

    private static long count(Tuple r, String alias) {
        return ((Number) r.get(alias)).longValue();
    }

    private static BigDecimal decimal(Tuple r, String alias) {
        Object value = r.get(alias);
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** New projects of one period from the columns {prefix}_negotiating, _signed and _landed. */
    private static NewProjects newProjects(Tuple r, String prefix) {
        long n = count(r, prefix + "_negotiating"), s = count(r, prefix + "_signed"), l = count(r, prefix + "_landed");
        return new NewProjects(n, s, l, n + s + l);
    }

    private static String unitClause(Long unit) {
        return unit == null ? "" : "and p.unit_id = :unit";
    }
}
