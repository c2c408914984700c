package io.attract.cockpit;

import static io.attract.project.ProjectFixtures.fund;
import static io.attract.project.ProjectFixtures.moveTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each test works in a fresh unit and asks the cockpit for that unit only, so other data cannot interfere. */
@QuarkusTest
class CockpitTest implements WithoutConfirmation {

    private long unit;

    private void freshUnit() {
        unit = Fixtures.unitOf("cockpit", Tokens.OFFICER);
    }

    private static int project(String name, String stage, String since) {
        return ProjectFixtures.createAs(Tokens.OFFICER, name, stage, since, "12000.5");
    }

    private ValidatableResponse cockpit(String asOf) {
        return Cockpits.of(unit, asOf);
    }

    @Test
    void figuresAsOfADateDoNotMoveWhenLaterEventsAreEntered() {
        freshUnit();
        int id = project("驾驶舱时点测试", "NEGOTIATING", "2026-01-05");
        moveTo(id, "SIGNED", "2026-03-10");
        fund(id, "2026-03-15", "100.5", "1.25");
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(1))
                .body("projects.newThisYear.total", equalTo(1))
                .body("projects.byStage.SIGNED", equalTo(1))
                .body("fundsArrived.month", equalTo(100.5f))
                .body("foreignUsedUsd.yearToDate", equalTo(1.25f));

        moveTo(id, "REGISTERED", "2026-04-02");
        fund(id, "2026-04-03", "50", "0");
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(1))
                .body("projects.newThisYear.landed", equalTo(0))
                .body("projects.byStage.SIGNED", equalTo(1))
                .body("projects.byStage.REGISTERED", equalTo(0))
                .body("fundsArrived.yearToDate", equalTo(100.5f));
        cockpit("2026-04-30")
                .body("projects.newThisYear.landed", equalTo(1))
                .body("projects.newThisYear.signed", equalTo(0))
                .body("projects.newThisMonth.landed", equalTo(1))
                .body("fundsArrived.month", equalTo(50f))
                .body("fundsArrived.yearToDate", equalTo(150.5f));
    }

    @Test
    void eachProjectCountsOnceAtItsFurthestStageAndConstructionImpliesLanding() {
        freshUnit();
        int old = project("去年在谈今年签约", "NEGOTIATING", "2025-06-01");
        moveTo(old, "SIGNED", "2026-02-01");
        int built = project("未登记注册直接开工", "NEGOTIATING", "2026-01-10");
        moveTo(built, "SIGNED", "2026-02-10");
        moveTo(built, "CONSTRUCTION", "2026-05-10");
        project("仅线索不计数", "LEAD", "2026-01-10");
        project("今年新在谈", "NEGOTIATING", "2026-03-01");

        cockpit("2026-06-30")
                .body("projects.newThisYear.negotiating", equalTo(1))
                .body("projects.newThisYear.signed", equalTo(1))
                .body("projects.newThisYear.landed", equalTo(1))
                .body("projects.newThisYear.total", equalTo(3))
                .body("projects.newSamePeriodLastYear.negotiating", equalTo(1))
                .body("totalInvestment", equalTo(36001.5f))
                // The funnel follows the projects that entered it this year (not last year's negotiation).
                .body("funnel.stages.reached", contains(2, 1, 1, 1, 0))
                .body("monthly.size()", equalTo(6))
                .body("monthly[1].newProjects.signed", equalTo(2));

        // The drill-down lists exactly the projects behind a figure.
        Cockpits.projectsBehind(unit, "SIGNED", "2026-01-01", "2026-06-30")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(old));
        Cockpits.projectsBehind(unit, "ANY", "2026-01-01", "2026-06-30").body("total", equalTo(3));
        Api.get(Tokens.LEADER, "/api/projects", "newStage", "ANY")
                .statusCode(400)
                .body("code", equalTo("project.period_required"));
    }

    @Test
    void anUpgradeAndACapitalIncreaseCountOnlyTheirIncrement() {
        freshUnit();
        project("三明新建项目", "NEGOTIATING", "2026-02-01");
        for (String[] kind : new String[][] {{"UPGRADE", "3000"}, {"CAPITAL_INCREASE", "0.25"}}) {
            Map<String, Object> body = ProjectFixtures.staged("三明" + kind[0], "NEGOTIATING", "2026-02-03", "12000.5");
            body.put("investmentKind", kind[0]);
            body.put("incrementInvestment", kind[1]);
            ProjectFixtures.createAs(Tokens.OFFICER, body);
        }
        // One project, one count; the new project counts its total, the others only what they add.
        cockpit("2026-03-31")
                .body("projects.newThisYear.negotiating", equalTo(3))
                .body("totalInvestment", equalTo(15000.75f))
                .body("byUnit.totalInvestment.sum()", equalTo(15000.75f));
    }

    @Test
    void breakdownsAddUpToTheHeadline() {
        freshUnit();
        int a = project("分解测试甲", "NEGOTIATING", "2026-02-01");
        project("分解测试乙", "NEGOTIATING", "2026-02-02");
        moveTo(a, "SIGNED", "2026-02-20");
        fund(a, "2026-02-25", "0.1", "0");
        fund(a, "2026-02-26", "0.2", "0");
        cockpit("2026-02-28")
                .body("byUnit.size()", equalTo(1))
                .body("byUnit[0].id", equalTo((int) unit))
                .body("byUnit[0].newProjects", equalTo(2))
                .body("byUnit[0].signedOrLanded", equalTo(1))
                .body("byUnit[0].fundsYearToDate", equalTo(0.3f))
                .body("fundsArrived.yearToDate", equalTo(0.3f));
    }

    @Test
    void aUnitHeadSeesOnlyTheirOwnUnit() {
        freshUnit();
        Fixtures.assign(Tokens.UNIT_HEAD, unit);
        project("单位负责人驾驶舱测试", "NEGOTIATING", "2026-02-01");
        Api.get(Tokens.UNIT_HEAD, "/api/cockpit", "asOf", "2026-02-28")
                .statusCode(200)
                .body("unitId", equalTo((int) unit))
                .body("projects.newThisYear.total", equalTo(1));
        Api.get(Tokens.UNIT_HEAD, "/api/cockpit", "asOf", "2026-02-28", "unitId", 1)
                .statusCode(200)
                .body("unitId", equalTo((int) unit));
    }

    @Test
    void onlyLeadersStatisticsAdminsAndUnitHeadsOpenTheCockpit() {
        Api.get(Tokens.OFFICER, "/api/cockpit").statusCode(403);
        Api.get(Tokens.STATS, "/api/cockpit")
                .statusCode(200)
                .body(
                        "year",
                        equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .getYear()));
        Api.get(Tokens.LEADER, "/api/cockpit", "asOf", "2026-13-01")
                .statusCode(400)
                .body("code", equalTo("cockpit.bad_date"));
    }
}
