package io.attract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attract.project.ProjectFixtures;
import io.attract.ranking.Rankings;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same figure has the same value everywhere (issue #18): for every figure of the catalogue that more than one
 * surface shows, the cockpit, the monthly report, the ranking and the count or total of its drill-down list agree,
 * for several dates, for one unit and for the whole district. Unconfirmed entries (an officer's) are in none.
 * Year 2016 belongs to this test alone.
 */
@QuarkusTest
class SameFigureEverywhereTest {

    private static final int YEAR = 2016;
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final List<String> MONTH_ENDS = List.of("2016-02-29", "2016-03-31", "2016-05-31");

    /** Figures one surface shows (with where), so a new figure must be placed here or compared below. */
    private static final Set<String> SHOWN_ONCE = Set.of(
            FigureCatalogue.FUNNEL_ENTERED,
            FigureCatalogue.FUNNEL_REACHED,
            FigureCatalogue.STAGE_COUNT,
            FigureCatalogue.MONTHLY_NEW,
            FigureCatalogue.LEADER_TRIPS,
            FigureCatalogue.TRIPS,
            FigureCatalogue.EVENTS,
            FigureCatalogue.EVENT_SIGNED,
            FigureCatalogue.KEY_PROJECTS,
            FigureCatalogue.STALLED,
            FigureCatalogue.RANKING_SCORE,
            FigureCatalogue.PENDING_CHANGES,
            FigureCatalogue.TARGET_COMPLETION,
            FigureCatalogue.NEW_SIGNED_OR_LANDED,
            // compared in timeProgressIsTheSameInTheReportAndTheRanking (it has no project list)
            FigureCatalogue.TIME_PROGRESS);

    private static Long unit;

    private record Reading(String figure, String period, String surface, Function<Context, BigDecimal> read) {}

    /** What every surface answered for one as-of date and scope (unit or district). */
    private record Context(String asOf, Long unit, JsonPath cockpit, JsonPath report, JsonPath ranking) {

        JsonPath drill(String figure, String period) {
            var request = Tokens.as(Tokens.LEADER).queryParam("asOf", asOf).queryParam("period", period);
            if (unit != null) {
                request.queryParam("unitId", unit);
            }
            return request.get("/api/cockpit/figures/" + figure)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .using(EXACT);
        }

        BigDecimal reportFigure(String field) {
            String path = unit == null ? "summary." + field : "byUnit.find { it.id == " + unit + " }.figures." + field;
            return number(report.get(path));
        }

        /** The monthly report's 目标完成情况: the district's line, or the unit's in the unit table. */
        BigDecimal reportTargetActual(String metric) {
            String lines = unit == null ? "targets.lines" : "byUnit.find { it.id == " + unit + " }.targets";
            return number(report.get(lines + ".find { it.metric == '" + metric + "' }.actual"));
        }

        BigDecimal rankingActual(String metric) {
            if (unit == null) {
                return null;
            }
            return number(ranking.get(
                    "units.find { it.unitId == " + unit + " }.metrics.find { it.metric == '" + metric + "' }.actual"));
        }
    }

    /** Once per class, after the application has started (a static @BeforeAll runs before it listens). */
    @BeforeEach
    void aUnitWithConfirmedAndPendingWork() {
        if (unit != null) {
            return;
        }
        unit = Fixtures.unitOf("figures", Tokens.OFFICER, Tokens.UNIT_HEAD);
        int p1 = project(Tokens.UNIT_HEAD, "口径甲", "2016-01-10", "30000");
        move(Tokens.UNIT_HEAD, p1, "SIGNED", "2016-02-15");
        move(Tokens.UNIT_HEAD, p1, "REGISTERED", "2016-04-20");
        fund(Tokens.UNIT_HEAD, p1, "2016-03-05", "500.25", "20");
        fund(Tokens.UNIT_HEAD, p1, "2016-05-10", "300", "0");
        int p2 = project(Tokens.UNIT_HEAD, "口径乙", "2016-03-01", "8000.5");
        move(Tokens.UNIT_HEAD, p2, "SIGNED", "2016-05-03");
        int p3 = project(Tokens.UNIT_HEAD, "口径丙", "2015-11-01", "12000");
        move(Tokens.UNIT_HEAD, p3, "SIGNED", "2016-03-20");
        fund(Tokens.UNIT_HEAD, p3, "2016-03-25", "1000", "100.5");
        int p4 = project(Tokens.UNIT_HEAD, "口径丁", "2015-03-01", "5000");
        move(Tokens.UNIT_HEAD, p4, "SIGNED", "2015-04-02");
        fund(Tokens.UNIT_HEAD, p4, "2015-03-10", "50", "0");
        // An officer's, not confirmed: in no figure.
        int pending = project(Tokens.OFFICER, "口径待审", "2016-02-01", "99999");
        move(Tokens.OFFICER, pending, "SIGNED", "2016-03-02");
        fund(Tokens.OFFICER, pending, "2016-03-10", "777", "7");
        move(Tokens.OFFICER, p2, "REGISTERED", "2016-05-20");
        fund(Tokens.OFFICER, p3, "2016-05-15", "444", "4");

        String version = Api.get(Tokens.ADMIN, "/api/targets", "year", YEAR)
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> targets = Map.of("SIGNED", 4, "LANDED", 2, "FUNDS", "3000", "FOREIGN_USD", "200");
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("year", YEAR)
                .header("If-Match", version)
                .body(Map.of("units", List.of(Map.of("unitId", unit, "targets", targets))))
                .put("/api/targets")
                .then()
                .statusCode(200);
    }

    private static int project(String who, String name, String since, String investment) {
        return ProjectFixtures.createAs(who, name, "NEGOTIATING", since, investment);
    }

    private static void move(String who, int id, String to, String on) {
        ProjectFixtures.moveAs(who, id, to, on).statusCode(201);
    }

    private static void fund(String who, int id, String on, String amount, String usd) {
        ProjectFixtures.fund(who, id, on, amount, usd, "OVERSEAS");
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** Every surface's reading of each figure, by period. */
    private static List<Reading> readings() {
        List<Reading> r = new ArrayList<>();
        Map<String, String[]> counts = new LinkedHashMap<>();
        // figure -> cockpit field under projects.newThis…, report Figures field stem
        counts.put(FigureCatalogue.NEW_PROJECTS, new String[] {"total", "new"});
        counts.put(FigureCatalogue.NEW_NEGOTIATING, new String[] {"negotiating", "negotiating"});
        counts.put(FigureCatalogue.NEW_SIGNED, new String[] {"signed", "signed"});
        counts.put(FigureCatalogue.NEW_LANDED, new String[] {"landed", "landed"});
        counts.forEach((figure, f) -> {
            r.add(new Reading(figure, "YTD", "cockpit", c -> number(c.cockpit().get("projects.newThisYear." + f[0]))));
            r.add(new Reading(
                    figure, "MONTH", "cockpit", c -> number(c.cockpit().get("projects.newThisMonth." + f[0]))));
            r.add(new Reading(
                    figure,
                    "LAST_YTD",
                    "cockpit",
                    c -> number(c.cockpit().get("projects.newSamePeriodLastYear." + f[0]))));
            r.add(new Reading(figure, "YTD", "report", c -> c.reportFigure(f[1] + "Year")));
            r.add(new Reading(figure, "MONTH", "report", c -> c.reportFigure(f[1] + "Month")));
        });
        r.add(new Reading(FigureCatalogue.NEW_LANDED, "YTD", "ranking", c -> c.rankingActual("LANDED")));
        for (String[] target : new String[][] {
            {FigureCatalogue.SIGNED_PROJECTS, "SIGNED"},
            {FigureCatalogue.NEW_LANDED, "LANDED"},
            {FigureCatalogue.FUNDS, "FUNDS"},
            {FigureCatalogue.FOREIGN_USD, "FOREIGN_USD"}
        }) {
            r.add(new Reading(target[0], "YTD", "report targets", c -> c.reportTargetActual(target[1])));
        }
        r.add(new Reading(FigureCatalogue.SIGNED_PROJECTS, "YTD", "ranking", c -> c.rankingActual("SIGNED")));
        r.add(new Reading(
                FigureCatalogue.SIGNED_PROJECTS,
                "YTD",
                "cockpit",
                c -> number(c.cockpit().get("signedProjects.yearToDate"))));
        r.add(new Reading(
                FigureCatalogue.SIGNED_PROJECTS,
                "MONTH",
                "cockpit",
                c -> number(c.cockpit().get("signedProjects.month"))));
        r.add(new Reading(
                FigureCatalogue.SIGNED_PROJECTS,
                "LAST_YTD",
                "cockpit",
                c -> number(c.cockpit().get("signedProjects.yearToDateLastYear"))));
        r.add(new Reading(
                FigureCatalogue.COUNTED_INVESTMENT,
                "YTD",
                "cockpit",
                c -> number(c.cockpit().get("totalInvestment"))));
        r.add(new Reading(
                FigureCatalogue.COUNTED_INVESTMENT, "YTD", "report", c -> c.reportFigure("totalInvestmentNewYear")));
        for (String[] money : new String[][] {
            {FigureCatalogue.FUNDS, "fundsArrived", "funds", "FUNDS"},
            {FigureCatalogue.FOREIGN_USD, "foreignUsedUsd", "foreignUsd", "FOREIGN_USD"}
        }) {
            r.add(new Reading(
                    money[0], "YTD", "cockpit", c -> number(c.cockpit().get(money[1] + ".yearToDate"))));
            r.add(new Reading(
                    money[0], "MONTH", "cockpit", c -> number(c.cockpit().get(money[1] + ".month"))));
            r.add(new Reading(
                    money[0], "LAST_YTD", "cockpit", c -> number(c.cockpit().get(money[1] + ".yearToDateLastYear"))));
            r.add(new Reading(money[0], "YTD", "report", c -> c.reportFigure(money[2] + "YearToDate")));
            r.add(new Reading(money[0], "MONTH", "report", c -> c.reportFigure(money[2] + "Month")));
            r.add(new Reading(money[0], "YTD", "ranking", c -> c.rankingActual(money[3])));
        }
        return r;
    }

    @Test
    void everyFigureHasTheSameValueOnEverySurface() {
        List<Reading> readings = readings();
        for (Figure figure : FigureCatalogue.all()) {
            boolean compared = readings.stream().anyMatch(x -> x.figure().equals(figure.id()));
            assertTrue(
                    compared || SHOWN_ONCE.contains(figure.id()),
                    figure.id() + " is in the catalogue but neither compared across surfaces nor listed as shown once");
        }
        int checked = 0;
        for (String asOf : MONTH_ENDS) {
            for (Long scope : new Long[] {unit, null}) {
                Context c = context(asOf, scope);
                for (String period : List.of("MONTH", "YTD", "LAST_YTD")) {
                    for (String figure : readings.stream()
                            .filter(x -> x.period().equals(period))
                            .map(Reading::figure)
                            .distinct()
                            .toList()) {
                        JsonPath drill = c.drill(figure, period);
                        BigDecimal expected = number(drill.get("total"));
                        assertEquals(drill.getList("items").size(), ((Number) drill.get("count")).intValue());
                        for (Reading reading : readings) {
                            if (!reading.figure().equals(figure)
                                    || !reading.period().equals(period)) {
                                continue;
                            }
                            if (scope == null && reading.surface().equals("ranking")) {
                                continue; // the ranking lists units only
                            }
                            BigDecimal actual = reading.read().apply(c);
                            assertEquals(
                                    0,
                                    expected.compareTo(actual == null ? BigDecimal.ZERO : actual),
                                    figure + " " + period + " as of " + asOf + " for "
                                            + (scope == null ? "the district" : "the unit") + ": drill-down " + expected
                                            + ", " + reading.surface()
                                            + " " + actual);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "compared " + checked);
    }

    @Test
    void timeProgressIsTheSameInTheReportAndTheRanking() {
        for (String asOf : MONTH_ENDS) {
            Context c = context(asOf, unit);
            BigDecimal report = number(c.report().get("targets.timeProgressPercent"));
            BigDecimal ranking = number(c.ranking().get("timeProgressPercent"));
            assertEquals(
                    0, report.compareTo(ranking), "序时进度 as of " + asOf + ": report " + report + ", ranking " + ranking);
        }
    }

    @Test
    void theUnitsFiguresAreTheConfirmedOnes() {
        Context c = context("2016-05-31", unit);
        // 甲 landed 4-20, 乙 signed 5-03 (its officer registration is pending), 丙 signed 3-20; 丁 is last year's.
        assertEquals(0, new BigDecimal("3").compareTo(number(c.cockpit().get("projects.newThisYear.total"))));
        assertEquals(0, new BigDecimal("1").compareTo(number(c.cockpit().get("projects.newThisYear.landed"))));
        assertEquals(0, new BigDecimal("1800.25").compareTo(number(c.cockpit().get("fundsArrived.yearToDate"))));
        assertEquals(0, new BigDecimal("120.5").compareTo(number(c.cockpit().get("foreignUsedUsd.yearToDate"))));
        assertEquals(0, new BigDecimal("3").compareTo(c.rankingActual("SIGNED")));
        assertEquals(0, new BigDecimal("3").compareTo(number(c.cockpit().get("pending.stageChanges"))));
    }

    private static Context context(String asOf, Long scope) {
        var cockpit = Tokens.as(Tokens.LEADER).queryParam("asOf", asOf);
        if (scope != null) {
            cockpit.queryParam("unitId", scope);
        }
        JsonPath cockpitJson = cockpit.get("/api/cockpit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        JsonPath report = Api.get(
                        Tokens.LEADER,
                        "/api/reports/monthly/"
                                + LocalDate.parse(asOf).toString().substring(0, 7))
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        JsonPath ranking = Rankings.of(Tokens.LEADER, asOf);
        return new Context(asOf, scope, cockpitJson, report, ranking);
    }
}
