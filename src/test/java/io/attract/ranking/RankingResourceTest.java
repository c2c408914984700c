package io.attract.ranking;

import static io.attract.project.ProjectFixtures.fund;
import static io.attract.project.ProjectFixtures.moveTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Targets, the rule and the league table through the API. Each test owns a past year (the grid is a whole year), so
 * neither other tests' targets nor the demo's can interfere; the units are fresh.
 */
@QuarkusTest
class RankingResourceTest implements WithoutConfirmation {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static String version(String path, int year) {
        return Api.get(Tokens.ADMIN, path, "year", year)
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static ValidatableResponse putTargets(int year, String ifMatch, Object body) {
        var request = Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("year", year)
                .body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/targets").then();
    }

    private static Map<String, Object> unitTargets(
            long unitId, Object signed, Object landed, Object funds, Object usd) {
        Map<String, Object> targets = new HashMap<>();
        targets.put("SIGNED", signed);
        targets.put("LANDED", landed);
        targets.put("FUNDS", funds);
        targets.put("FOREIGN_USD", usd);
        return Map.of("unitId", unitId, "targets", targets);
    }

    private static ValidatableResponse putRule(int year, String method, String cap, Map<String, Object> weights) {
        Map<String, Object> body = new HashMap<>();
        body.put("method", method);
        body.put("capPercent", cap);
        body.put("weights", weights);
        return Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("year", year)
                .header("If-Match", version("/api/ranking-rule", year))
                .body(body)
                .put("/api/ranking-rule")
                .then();
    }

    private static int project(String name, String since) {
        return ProjectFixtures.createAs(Tokens.OFFICER, name, "NEGOTIATING", since, "1000");
    }

    private static BigDecimal figure(JsonPath ranking, long unit, String metric, String field) {
        Object value = ranking.get(
                "units.find { it.unitId == " + unit + " }.metrics.find { it.metric == '" + metric + "' }." + field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    @Test
    void onlyAdminsSetTargetsWithTheGridsVersionAndEveryChangeIsAudited() {
        int year = 2019;
        long unit = Fixtures.unit(Fixtures.uniqueCode("tgt"));
        RestAssured.given().queryParam("year", year).get("/api/targets").then().statusCode(401);
        Api.get(Tokens.OFFICER, "/api/targets", "year", year)
                .statusCode(200)
                .body("year", equalTo(year))
                .body("metrics", hasItems("SIGNED", "LANDED", "FUNDS", "FOREIGN_USD"));
        String version = version("/api/targets", year);
        List<Map<String, Object>> grid = List.of(unitTargets(unit, 8, 4, "12000.5", "300"));
        for (String role : List.of(Tokens.OFFICER, Tokens.UNIT_HEAD, Tokens.LEADER, Tokens.STATS)) {
            Tokens.as(role)
                    .contentType(ContentType.JSON)
                    .queryParam("year", year)
                    .header("If-Match", version)
                    .body(Map.of("units", grid))
                    .put("/api/targets")
                    .then()
                    .statusCode(403);
        }
        putTargets(year, null, Map.of("units", grid)).statusCode(428);
        putTargets(year, "\"999\"", Map.of("units", grid)).statusCode(412);
        String saved = putTargets(year, version, Map.of("units", grid))
                .statusCode(200)
                .body("units.find { it.unitId == " + unit + " }.targets.SIGNED", equalTo(8))
                .body("units.find { it.unitId == " + unit + " }.targets.FUNDS", equalTo(12000.5f))
                .body("updatedBy", equalTo(Tokens.ADMIN))
                .extract()
                .header("ETag");
        assertThat(saved).isNotEqualTo(version);
        // The old version is stale now.
        putTargets(year, version, Map.of("units", grid)).statusCode(412);
        // A unit left out of the grid has no targets afterwards.
        putTargets(year, saved, Map.of("units", List.of(unitTargets(unit, 8, null, "12000.5", "300"))))
                .statusCode(200)
                .body("units.find { it.unitId == " + unit + " }.targets.LANDED", equalTo(null));

        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "UnitTarget", "actor", Tokens.ADMIN, "size", 500)
                .statusCode(200)
                .body("items.action", hasItems("CREATE", "DELETE"));

        // The rule: a default until saved, then the admin's.
        Api.get(Tokens.LEADER, "/api/ranking-rule", "year", year)
                .statusCode(200)
                .body("configured", equalTo(false))
                .body("method", equalTo("COMPLETION"))
                .body("capPercent", equalTo(120))
                .body("version", equalTo(0));
        Tokens.as(Tokens.STATS)
                .contentType(ContentType.JSON)
                .queryParam("year", year)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "method",
                        "EFFICACY",
                        "capPercent",
                        150,
                        "weights",
                        Map.of("SIGNED", 25, "LANDED", 25, "FUNDS", 25, "FOREIGN_USD", 25)))
                .put("/api/ranking-rule")
                .then()
                .statusCode(403);
        putRule(year, "EFFICACY", "150", Map.of("SIGNED", 40, "LANDED", 10, "FUNDS", "30.5", "FOREIGN_USD", "19.5"))
                .statusCode(200)
                .body("configured", equalTo(true))
                .body("method", equalTo("EFFICACY"))
                .body("weights.FUNDS", equalTo(30.5f))
                .body("version", equalTo(1));
    }

    @Test
    void badInputIsRefusedWithFieldErrorsInChinese() {
        int year = 2018;
        long unit = Fixtures.unit(Fixtures.uniqueCode("tgt-bad"));
        String version = version("/api/targets", year);
        putTargets(
                        year,
                        version,
                        Map.of(
                                "units",
                                List.of(
                                        unitTargets(unit, -1, "2.5", "1.00001", "5"),
                                        Map.of("unitId", 987654321, "targets", Map.of()),
                                        unitTargets(unit, 1, 1, 1, 1))))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("targets.invalid"))
                .body(
                        "violations.field",
                        hasItems(
                                "units[0].targets.SIGNED",
                                "units[0].targets.LANDED",
                                "units[0].targets.FUNDS",
                                "units[1].unitId",
                                "units[2].unitId"))
                .body("violations.find { it.field == 'units[0].targets.SIGNED' }.message", equalTo("目标不能为负数。"));
        putTargets(year, version, Map.of()).statusCode(422).body("violations.field", hasItem("units"));
        // Nothing was written.
        Api.get(Tokens.ADMIN, "/api/targets", "year", year)
                .body("units.find { it.unitId == " + unit + " }.targets.SIGNED", equalTo(null));

        putRule(year, "EFFICACY", "80", Map.of("SIGNED", 40, "LANDED", 10, "FUNDS", 30, "FOREIGN_USD", 10))
                .statusCode(422)
                .body("code", equalTo("ranking_rule.invalid"))
                .body("violations.field", hasItems("capPercent", "weights"))
                .body("violations.find { it.field == 'weights' }.message", equalTo("各指标权重之和应为 100，现为 90。"));
        putRule(year, null, "120", Map.of("SIGNED", 100))
                .statusCode(422)
                .body("violations.field", hasItems("method", "weights.LANDED"));
        Api.get(Tokens.LEADER, "/api/ranking", "year", "20x1")
                .statusCode(400)
                .body("code", equalTo("ranking.bad_year"));
        Api.get(Tokens.LEADER, "/api/ranking", "year", 2021, "asOf", "2022-01-01")
                .statusCode(400)
                .body("code", equalTo("ranking.year_mismatch"));
    }

    @Test
    void theRankingAsOfADateStandsWhenLaterFundsArriveAndTiesOutWithTheCockpitAndTheReport() {
        int year = 2021;
        long a = Fixtures.unit(Fixtures.uniqueCode("rank-a"));
        long b = Fixtures.unit(Fixtures.uniqueCode("rank-b"));
        Fixtures.assign(Tokens.OFFICER, a);
        int p1 = project("排名测试甲一", "2021-01-10");
        moveTo(p1, "SIGNED", "2021-03-01");
        fund(p1, "2021-03-10", "300.5", "2.5");
        int p2 = project("排名测试甲二", "2020-10-01");
        moveTo(p2, "SIGNED", "2020-11-01");
        moveTo(p2, "REGISTERED", "2021-04-01");
        int p3 = project("排名测试甲三", "2021-02-01");
        moveTo(p3, "SIGNED", "2021-02-15");
        moveTo(p3, "REGISTERED", "2021-05-01");
        fund(p3, "2021-05-20", "199.5", "0");
        Fixtures.assign(Tokens.OFFICER, b);
        int q1 = project("排名测试乙一", "2021-01-15");
        moveTo(q1, "SIGNED", "2021-02-01");
        fund(q1, "2021-06-01", "400", "0");

        putTargets(
                        year,
                        version("/api/targets", year),
                        Map.of(
                                "units",
                                List.of(unitTargets(a, 4, 4, "1000", "10"), unitTargets(b, 2, 0, "2000", null))))
                .statusCode(200);
        putRule(year, "COMPLETION", "120", Map.of("SIGNED", 25, "LANDED", 25, "FUNDS", 30, "FOREIGN_USD", 20))
                .statusCode(200);

        // June: 序时进度 50%. A: signed 2 of 4 (p1, p3), landed 2 of 4 (p2, p3), funds 500 of 1000, FDI 2.5 of 10.
        JsonPath june = Rankings.of(Tokens.OFFICER, "2021-06-30");
        assertThat(june.getInt("month")).isEqualTo(6);
        assertThat(new BigDecimal(june.getString("timeProgressPercent"))).isEqualByComparingTo("50");
        assertThat(june.getList("units.unitId", Long.class)).containsExactly(a, b);
        assertThat(figure(june, a, "SIGNED", "actual")).isEqualByComparingTo("2");
        assertThat(figure(june, a, "LANDED", "actual")).isEqualByComparingTo("2");
        assertThat(figure(june, a, "FUNDS", "actual")).isEqualByComparingTo("500.00");
        assertThat(figure(june, a, "FOREIGN_USD", "completionPercent")).isEqualByComparingTo("25.00");
        assertThat(figure(june, a, "FOREIGN_USD", "aheadPoints")).isEqualByComparingTo("-25.00");
        assertThat(figure(june, a, "FUNDS", "aheadPoints")).isEqualByComparingTo("0");
        // (25×100 + 25×100 + 30×100 + 20×50) / 100 = 90; B: landed not assessed, (25×100 + 30×40) / 55 = 67.27.
        assertThat(new BigDecimal(june.getString("units[0].score"))).isEqualByComparingTo("90.00");
        assertThat(new BigDecimal(june.getString("units[1].score"))).isEqualByComparingTo("67.27");
        assertThat(june.getList("units.rank", Integer.class)).containsExactly(1, 2);
        assertThat(figure(june, b, "LANDED", "score")).isNull();

        // A large arrival in July does not move June, and lifts B to the top in July.
        fund(q1, "2021-07-05", "5000", "0");
        JsonPath again = Rankings.of(Tokens.LEADER, "2021-06-30");
        assertThat(again.getList("units.score", BigDecimal.class))
                .isEqualTo(june.getList("units.score", BigDecimal.class));
        assertThat(figure(again, b, "FUNDS", "actual")).isEqualByComparingTo("400");
        JsonPath july = Rankings.of(Tokens.UNIT_HEAD, "2021-07-31");
        assertThat(july.getList("units.unitId", Long.class)).containsExactly(b, a);
        assertThat(new BigDecimal(july.getString("units[0].score"))).isEqualByComparingTo("104.42");
        assertThat(new BigDecimal(july.getString("units[1].score"))).isEqualByComparingTo("77.14");

        // The same facts, the cockpit's way: funds by unit, landings and FDI of the unit.
        JsonPath cockpit = Api.get(Tokens.LEADER, "/api/cockpit", "asOf", "2021-06-30", "unitId", a)
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        assertThat(figure(june, a, "FUNDS", "actual"))
                .isEqualByComparingTo(cockpit.getString("byUnit[0].fundsYearToDate"));
        assertThat(figure(june, a, "LANDED", "actual"))
                .isEqualByComparingTo(cockpit.getString("projects.newThisYear.landed"));
        assertThat(figure(june, a, "FOREIGN_USD", "actual"))
                .isEqualByComparingTo(cockpit.getString("foreignUsedUsd.yearToDate"));
        // Signings count every project first signed this year, also one that landed since (p3), which the headline
        // counts once as landed: signed (p1) + landed (p2, p3) − landed but signed last year (p2).
        assertThat(figure(june, a, "SIGNED", "actual"))
                .isEqualByComparingTo(BigDecimal.valueOf(cockpit.getLong("projects.newThisYear.signed")
                        + cockpit.getLong("projects.newThisYear.landed")
                        - 1));

        // EFFICACY: per metric best 100, worst 60. June: A is best or alone everywhere (100); B: signed tied (100),
        // funds worst (60): (25×100 + 30×60) / 55 = 78.18.
        putRule(year, "EFFICACY", "120", Map.of("SIGNED", 25, "LANDED", 25, "FUNDS", 30, "FOREIGN_USD", 20))
                .statusCode(200);
        JsonPath efficacy = Rankings.of(Tokens.STATS, "2021-06-30");
        assertThat(new BigDecimal(efficacy.getString("units[0].score"))).isEqualByComparingTo("100.00");
        assertThat(new BigDecimal(efficacy.getString("units[1].score"))).isEqualByComparingTo("78.18");
        assertThat(efficacy.getString("rule.method")).isEqualTo("EFFICACY");

        // The monthly report of June shows the same completion per unit, and the district's.
        JsonPath report = Api.get(Tokens.STATS, "/api/reports/monthly/2021-06")
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        for (String metric : List.of("SIGNED", "LANDED", "FUNDS", "FOREIGN_USD")) {
            Object actual = report.get(
                    "byUnit.find { it.id == " + a + " }.targets.find { it.metric == '" + metric + "' }.actual");
            assertThat(new BigDecimal(actual.toString()))
                    .as(metric)
                    .isEqualByComparingTo(figure(june, a, metric, "actual"));
        }
        assertThat(new BigDecimal(report.getString("targets.timeProgressPercent")))
                .isEqualByComparingTo("50");
        Object landedTarget = report.get("targets.lines.find { it.metric == 'LANDED' }.target");
        assertThat(new BigDecimal(landedTarget.toString())).isEqualByComparingTo("4");
        Object bFunds =
                report.get("byUnit.find { it.id == " + b + " }.targets.find { it.metric == 'FUNDS' }.aheadPoints");
        assertThat(new BigDecimal(bFunds.toString())).isEqualByComparingTo("-30.00");
    }

    @Test
    void everyRoleReadsTheLeagueTable() {
        for (String role : List.of(Tokens.OFFICER, Tokens.UNIT_HEAD, Tokens.LEADER, Tokens.STATS, Tokens.ADMIN)) {
            Api.get(role, "/api/ranking", "year", 2017)
                    .statusCode(200)
                    .body("asOf", equalTo("2017-12-31"))
                    .body("month", equalTo(12));
        }
        Api.get(Tokens.NO_ROLE, "/api/ranking").statusCode(403);
    }

    @Test
    void adminsSavingAYearsFirstGridOrRuleAtOnceGetOneSaveAndStaleAnswersNever500() throws Exception {
        long unit = Fixtures.unit(Fixtures.uniqueCode("race"));
        Map<String, Object> grid = Map.of("units", List.of(unitTargets(unit, 3, 2, "500", "10")));
        Map<String, Object> rule = Map.of(
                "method",
                "COMPLETION",
                "capPercent",
                "120",
                "weights",
                Map.of("SIGNED", 25, "LANDED", 25, "FUNDS", 25, "FOREIGN_USD", 25));
        for (int year = 2041; year <= 2044; year++) {
            int y = year;
            String gridVersion =
                    version("/api/targets", y); // read once: a slow thread reading it later would be right to save
            assertThat(atOnce(() -> putTargets(y, gridVersion, grid).extract().statusCode()))
                    .as("first target grid of %d saved by 6 admins at once", y)
                    .containsOnly(200, 412)
                    .containsOnlyOnce(200);
            String ruleVersion = version("/api/ranking-rule", y);
            assertThat(atOnce(() -> Tokens.as(Tokens.ADMIN)
                            .contentType(ContentType.JSON)
                            .queryParam("year", y)
                            .header("If-Match", ruleVersion)
                            .body(rule)
                            .put("/api/ranking-rule")
                            .then()
                            .extract()
                            .statusCode()))
                    .as("first ranking rule of %d saved by 6 admins at once", y)
                    .containsOnly(200, 412)
                    .containsOnlyOnce(200);
        }
    }

    /** Six calls released together; their statuses. */
    private static List<Integer> atOnce(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var c : calls) {
                statuses.add(c.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
