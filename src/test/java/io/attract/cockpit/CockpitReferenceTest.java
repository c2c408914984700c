package io.attract.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.cockpit.CockpitQueries.Dimension;
import io.attract.cockpit.CockpitView.Breakdown;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.OwnerConnection;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's figures held to their definitions, for many as-of dates (month ends, 1 January, 29 February,
 * mid-month days) × the district and two units: the funds (read from V21's monthly totals for complete months, ADR
 * 0021) against the same sums straight from {@code counted_fund}, after the writes that must move the totals (new,
 * confirmed, re-dated and deleted entries, projects moved to another unit, industry and zone); the new projects of
 * each period, the signed ones, the counted investment, the stage on the as-of date and the breakdowns' counts
 * against plain per-project statements of V19's rules, whatever shape the cockpit's own statements take.
 */
@QuarkusTest
class CockpitReferenceTest implements WithoutConfirmation {

    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 6, 15),
            LocalDate.of(2025, 11, 30),
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 7, 17),
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 31));

    @Inject
    CockpitQueries queries;

    @Inject
    EntityManager em;

    private final List<Long> units = new ArrayList<>();

    @Test
    void everyFigureEqualsItsDefinition() throws SQLException {
        Random random = new Random(42);
        List<Integer> projects = new ArrayList<>();
        for (int u = 0; u < 2; u++) {
            long unit = Fixtures.unit(Fixtures.uniqueCode("fundref"));
            units.add(unit);
            Fixtures.assign(Tokens.OFFICER, unit);
            for (int i = 0; i < 6; i++) {
                projects.add(project("资金口径对照" + u + "-" + i, random));
            }
        }
        try (Connection db = OwnerConnection.open();
                Statement sql = db.createStatement()) {
            String zones = "array[" + zone(sql, "fundref-a") + ", " + zone(sql, "fundref-b") + ", null]::bigint[]";
            String ids = projects.toString().replace("[", "").replace("]", "");
            sql.executeUpdate(
                    "update project set zone_id = (" + zones + ")[1 + id % 3], industry_id = (select array_agg(i.id "
                            + "order by i.id) from industry i)[1 + project.id % 3] where id in (" + ids + ")");
            for (int k = 0; k < 160; k++) {
                LocalDate day = LocalDate.of(2023, 11, 1).plusDays(random.nextInt(1200));
                sql.executeUpdate(
                        ("insert into project_fund (id, version, project_id, arrived_on, amount, foreign_usd, "
                                        + "origin_tier, evidence, recorded_at, recorded_by, confirmed_at, confirmed_by) values "
                                        + "(nextval('entity_seq'), 0, %d, '%s', %s, %s, 'OVERSEAS', '回单', now(), 'officer', %s, %s)")
                                .formatted(
                                        projects.get(random.nextInt(projects.size())),
                                        day,
                                        BigDecimal.valueOf(1 + random.nextInt(500000), 4),
                                        BigDecimal.valueOf(random.nextInt(3) == 0 ? 0 : random.nextInt(90000), 4),
                                        random.nextInt(5) == 0 ? "null" : "now()",
                                        "'unithead'"));
            }
            compareAll("entries as written");

            db.setAutoCommit(false);
            sql.executeUpdate(
                    "update project_fund set confirmed_at = now() where confirmed_at is null and project_id in (" + ids
                            + ") and id % 2 = 0");
            sql.executeUpdate("update project_fund set arrived_on = arrived_on + 40 where project_id in (" + ids
                    + ") and id % 7 = 0");
            sql.executeUpdate("delete from project_fund where project_id in (" + ids + ") and id % 11 = 0");
            sql.executeUpdate(
                    "update project set unit_id = " + units.get(1) + ", zone_id = null where id = " + projects.get(0));
            sql.executeUpdate("update project set industry_id = null where id = " + projects.get(7));
            db.commit();
        }
        compareAll("after confirming, re-dating, deleting and moving");
    }

    private void compareAll(String when) {
        List<Long> scopes = new ArrayList<>(units);
        scopes.add(null);
        for (LocalDate asOf : DATES) {
            for (Long unit : scopes) {
                String where = when + ", as of " + asOf + ", unit " + unit;
                QuarkusTransaction.requiringNew().run(() -> {
                    CockpitQueries.Period period = CockpitQueries.Period.of(asOf);
                    CockpitQueries.Funds funds = queries.funds(period, unit);
                    Reference expected = reference(period, unit);
                    assertThat(funds.month())
                            .as(where + ": this month")
                            .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .containsExactly(expected.month);
                    assertThat(funds.yearToDate())
                            .as(where + ": this year")
                            .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .containsExactly(expected.year);
                    assertThat(funds.lastYearToDate())
                            .as(where + ": last year")
                            .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .containsExactly(expected.lastYear);
                    Map<LocalDate, String> months = new TreeMap<>();
                    funds.byMonth().forEach((m, v) -> months.put(m, plain(v[0]) + "/" + plain(v[1])));
                    assertThat(months).as(where + ": by month").isEqualTo(expected.byMonth);
                    Map<Dimension, List<Breakdown>> breakdowns = queries.breakdowns(period.from(), asOf, unit);
                    assertThat(breakdownFunds(breakdowns))
                            .as(where + ": breakdowns")
                            .isEqualTo(expected.breakdowns);
                    assertThat(breakdownCounts(breakdowns))
                            .as(where + ": breakdown counts")
                            .isEqualTo(referenceBreakdownCounts(period, unit));
                    CockpitQueries.Headline headline = queries.headline(period, unit);
                    assertThat(counts(headline))
                            .as(where + ": new and signed projects")
                            .isEqualTo(referenceCounts(period, unit));
                    Map<String, Long> stages = new TreeMap<>();
                    queries.byStage(asOf, unit).forEach((stage, n) -> {
                        if (n > 0) {
                            stages.put(stage.name(), n);
                        }
                    });
                    assertThat(stages).as(where + ": stage on the day").isEqualTo(referenceStages(asOf, unit));
                });
            }
        }
    }

    private record Reference(
            BigDecimal[] month,
            BigDecimal[] year,
            BigDecimal[] lastYear,
            Map<LocalDate, String> byMonth,
            Map<String, String> breakdowns) {}

    /** The definition, summed straight from the entries (what the cockpit answered before V21). */
    private Reference reference(CockpitQueries.Period p, Long unit) {
        String scope = unit == null ? "" : " and p.unit_id = " + unit;
        String from = "counted_fund f join project p on p.id = f.project_id where true" + scope;
        Tuple sums = (Tuple) em.createNativeQuery("""
                select coalesce(sum(f.amount) filter (where f.arrived_on between :mf and :to), 0) as m,
                       coalesce(sum(f.foreign_usd) filter (where f.arrived_on between :mf and :to), 0) as mu,
                       coalesce(sum(f.amount) filter (where f.arrived_on between :yf and :to), 0) as y,
                       coalesce(sum(f.foreign_usd) filter (where f.arrived_on between :yf and :to), 0) as yu,
                       coalesce(sum(f.amount) filter (where f.arrived_on between :lf and :lt), 0) as l,
                       coalesce(sum(f.foreign_usd) filter (where f.arrived_on between :lf and :lt), 0) as lu
                from\s""" + from, Tuple.class)
                .setParameter("mf", p.monthFrom())
                .setParameter("to", p.to())
                .setParameter("yf", p.from())
                .setParameter("lf", p.lyFrom())
                .setParameter("lt", p.lyTo())
                .getSingleResult();
        Map<LocalDate, String> byMonth = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> months = em.createNativeQuery(
                        "select date_trunc('month', f.arrived_on)::date as month, "
                                + "sum(f.amount) as amount, sum(f.foreign_usd) as usd from " + from
                                + " and f.arrived_on between :lf and :to group by 1",
                        Tuple.class)
                .setParameter("lf", p.lyFrom())
                .setParameter("to", p.to())
                .getResultList();
        months.forEach(r -> byMonth.put(
                (LocalDate) r.get("month"),
                plain((BigDecimal) r.get("amount")) + "/" + plain((BigDecimal) r.get("usd"))));
        Map<String, String> breakdowns = new TreeMap<>();
        for (String[] dim : new String[][] {{"INDUSTRY", "industry_id"}, {"ZONE", "zone_id"}, {"UNIT", "unit_id"}}) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(
                            "select p." + dim[1] + " as id, sum(f.amount) as funds from " + from
                                    + " and f.arrived_on between :yf and :to group by 1",
                            Tuple.class)
                    .setParameter("yf", p.from())
                    .setParameter("to", p.to())
                    .getResultList();
            rows.forEach(r -> breakdowns.put(dim[0] + ":" + r.get("id"), plain((BigDecimal) r.get("funds"))));
        }
        return new Reference(pair(sums, "m", "mu"), pair(sums, "y", "yu"), pair(sums, "l", "lu"), byMonth, breakdowns);
    }

    /** New projects of the three periods by furthest stage, the investment, and the signed counts, as text. */
    private static String counts(CockpitQueries.Headline h) {
        return String.join(
                " ",
                period(h.thisYear()),
                period(h.lastYear()),
                period(h.thisMonth()),
                plain(h.totalInvestment()),
                h.signedProjects().month() + "/" + h.signedProjects().yearToDate() + "/"
                        + h.signedProjects().yearToDateLastYear());
    }

    private static String period(CockpitView.NewProjects n) {
        return n.negotiating() + "/" + n.signed() + "/" + n.landed();
    }

    /** The same, project by project: each once at its furthest stage first reached in the period (V19's new_stage). */
    private String referenceCounts(CockpitQueries.Period p, Long unit) {
        Tuple r = (Tuple) em.createNativeQuery("""
                select count(*) filter (where y = 1) as y1, count(*) filter (where y = 2) as y2,
                       count(*) filter (where y = 3) as y3, count(*) filter (where l = 1) as l1,
                       count(*) filter (where l = 2) as l2, count(*) filter (where l = 3) as l3,
                       count(*) filter (where m = 1) as m1, count(*) filter (where m = 2) as m2,
                       count(*) filter (where m = 3) as m3,
                       coalesce(sum(counted_investment) filter (where y > 0), 0) as investment,
                       count(*) filter (where signed_or_later_on between :mf and :to) as sm,
                       count(*) filter (where signed_or_later_on between :yf and :to) as sy,
                       count(*) filter (where signed_or_later_on between :lf and :lt) as sl
                from (select new_stage(negotiating_on, signed_on, landed_on, :yf, :to) as y,
                             new_stage(negotiating_on, signed_on, landed_on, :lf, :lt) as l,
                             new_stage(negotiating_on, signed_on, landed_on, :mf, :to) as m,
                             counted_investment, signed_or_later_on
                      from project where cast(:unit as bigint) is null or unit_id = :unit) x""", Tuple.class)
                .setParameter("mf", p.monthFrom())
                .setParameter("yf", p.from())
                .setParameter("to", p.to())
                .setParameter("lf", p.lyFrom())
                .setParameter("lt", p.lyTo())
                .setParameter("unit", unit)
                .getSingleResult();
        return String.join(
                " ",
                r.get("y1") + "/" + r.get("y2") + "/" + r.get("y3"),
                r.get("l1") + "/" + r.get("l2") + "/" + r.get("l3"),
                r.get("m1") + "/" + r.get("m2") + "/" + r.get("m3"),
                plain((BigDecimal) r.get("investment")),
                r.get("sm") + "/" + r.get("sy") + "/" + r.get("sl"));
    }

    /** Each project's stage on the day: its latest counted stage change on or before it. */
    private Map<String, Long> referenceStages(LocalDate asOf, Long unit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select s.stage, count(*) as n from project p
                join lateral (select t.to_stage as stage from project_transition t
                              where t.project_id = p.id and t.counted and t.effective_date <= :to
                              order by t.effective_date desc, t.recorded_at desc, t.id desc limit 1) s on true
                where cast(:unit as bigint) is null or p.unit_id = :unit group by 1""", Tuple.class)
                .setParameter("to", asOf)
                .setParameter("unit", unit)
                .getResultList();
        Map<String, Long> stages = new TreeMap<>();
        rows.forEach(r -> stages.put((String) r.get("stage"), ((Number) r.get("n")).longValue()));
        return stages;
    }

    /** The breakdown rows' new, signed-or-landed and investment by dimension and id, where there are new ones. */
    private static Map<String, String> breakdownCounts(Map<Dimension, List<Breakdown>> breakdowns) {
        Map<String, String> counts = new TreeMap<>();
        breakdowns.forEach((dim, rows) -> rows.stream()
                .filter(b -> b.newProjects() > 0)
                .forEach(b -> counts.put(
                        dim + ":" + b.id(),
                        b.newProjects() + "/" + b.signedOrLanded() + "/" + plain(b.totalInvestment()))));
        return counts;
    }

    private Map<String, String> referenceBreakdownCounts(CockpitQueries.Period p, Long unit) {
        Map<String, String> counts = new TreeMap<>();
        for (String[] dim : new String[][] {{"INDUSTRY", "industry_id"}, {"ZONE", "zone_id"}, {"UNIT", "unit_id"}}) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(
                            "select " + dim[1] + " as id, count(*) as fresh, "
                                    + "count(*) filter (where b >= 2) as signed, coalesce(sum(counted_investment), 0) as investment "
                                    + "from (select " + dim[1]
                                    + ", new_stage(negotiating_on, signed_on, landed_on, :yf, :to) as b, "
                                    + "counted_investment from project where cast(:unit as bigint) is null or unit_id = :unit) x "
                                    + "where b > 0 group by 1",
                            Tuple.class)
                    .setParameter("yf", p.from())
                    .setParameter("to", p.to())
                    .setParameter("unit", unit)
                    .getResultList();
            rows.forEach(r -> counts.put(
                    dim[0] + ":" + r.get("id"),
                    r.get("fresh") + "/" + r.get("signed") + "/" + plain((BigDecimal) r.get("investment"))));
        }
        return counts;
    }

    /** The breakdown rows' funds by dimension and id, leaving out rows shown for their new projects only. */
    private static Map<String, String> breakdownFunds(Map<Dimension, List<Breakdown>> breakdowns) {
        Map<String, String> funds = new TreeMap<>();
        breakdowns.forEach((dim, rows) -> rows.stream()
                .filter(b -> b.fundsYearToDate().signum() != 0)
                .forEach(b -> funds.put(dim + ":" + b.id(), plain(b.fundsYearToDate()))));
        return funds;
    }

    private static BigDecimal[] pair(Tuple t, String amount, String usd) {
        return new BigDecimal[] {(BigDecimal) t.get(amount), (BigDecimal) t.get(usd)};
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static long zone(Statement sql, String code) throws SQLException {
        try (var id = sql.executeQuery("insert into zone (id, code, name, kind) values (nextval('entity_seq'), '"
                + Fixtures.uniqueCode(code) + "', '对照组团', 'CLUSTER') returning id")) {
            id.next();
            return id.getLong(1);
        }
    }

    private static int project(String name, Random random) {
        LocalDate since = LocalDate.of(2023, 12, 1).plusDays(random.nextInt(900));
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("pool", "PROMOTION");
        body.put("totalInvestment", String.valueOf(1000 + random.nextInt(90000)));
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", since.toString());
        int id = Api.create(Tokens.OFFICER, "/api/projects", body);
        if (random.nextBoolean()) {
            LocalDate signed = since.plusDays(random.nextInt(120));
            ProjectFixtures.moveTo(id, "SIGNED", signed.toString());
            if (random.nextBoolean()) {
                Api.post(
                                Tokens.OFFICER,
                                "/api/projects/" + id + "/transitions",
                                Map.of(
                                        "toStage",
                                        "REGISTERED",
                                        "effectiveDate",
                                        signed.plusDays(random.nextInt(60)).toString()))
                        .log()
                        .ifValidationFails()
                        .statusCode(201);
            }
        }
        return id;
    }
}
