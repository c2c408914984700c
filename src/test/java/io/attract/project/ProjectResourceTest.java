package io.attract.project;

import static io.attract.project.ProjectFixtures.create;
import static io.attract.project.ProjectFixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.attract.enterprise.CreditCodes;
import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest implements InProjectUnits {

    @Test
    void aNewProjectGetsACodeItsFirstStageAndTheOriginTierOfItsInvestor() {
        int investor = Api.create(
                Tokens.OFFICER,
                "/api/enterprises",
                Map.of(
                        "name",
                        "深圳来源测试投资有限公司",
                        "status",
                        "FOLLOWING",
                        "creditCode",
                        CreditCodes.next(),
                        "regionCode",
                        "440300"));
        Map<String, Object> body = project("深圳投资方测试项目");
        body.put("investorEnterpriseIds", List.of(investor));
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", "2026-02-01");
        Api.post(Tokens.OFFICER, "/api/projects", body)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", matchesPattern("XM2026-\\d{5}"))
                .body("stage", equalTo("NEGOTIATING"))
                .body("stageSince", equalTo("2026-02-01"))
                .body("originTier", equalTo("OUT_OF_PROVINCE"))
                .body("originTierComputed", equalTo(true))
                .body("investors[0].name", equalTo("深圳来源测试投资有限公司"))
                .body("milestones.negotiatingOn", equalTo("2026-02-01"))
                .body("canEdit", equalTo(true));
    }

    @Test
    void aProjectCannotStartPastNegotiating() {
        Map<String, Object> body = project("直接签约的新项目");
        body.put("stage", "SIGNED");
        Api.post(Tokens.OFFICER, "/api/projects", body)
                .statusCode(400)
                .body("code", equalTo("project.bad_initial_stage"));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        int id = create("版本控制测试项目", "LEAD", "2026-01-05");
        Map<String, Object> body = project("版本控制测试项目（改）");
        Api.put(Tokens.OFFICER, "/api/projects/" + id, body).statusCode(428).body("code", equalTo("version.missing"));
        Api.put(Tokens.OFFICER, "/api/projects/" + id, "\"0\"", body)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("版本控制测试项目（改）"));
        body.put("name", "另一个人的修改");
        Api.put(Tokens.OFFICER, "/api/projects/" + id, "\"0\"", body)
                .statusCode(412)
                .body("code", equalTo("version.stale"));
        Api.get(Tokens.LEADER, "/api/projects/" + id).body("name", equalTo("版本控制测试项目（改）"));
    }

    @Test
    void anotherUnitsOfficerDoesNotSeeTheProjectAtAll() {
        int id = create("他单位不可见测试项目", "LEAD", "2026-01-05");
        for (String path : new String[] {"", "/funds", "/worklog", "/transitions"}) {
            Api.get(Tokens.OFFICER2, "/api/projects/" + id + path)
                    .statusCode(404)
                    .body("code", equalTo("project.not_found"));
        }
        Api.put(Tokens.OFFICER2, "/api/projects/" + id, "\"0\"", project("改名")).statusCode(404);
        Api.get(Tokens.OFFICER2, "/api/projects?q=他单位不可见测试项目").statusCode(200).body("items", hasSize(0));
        Api.get(Tokens.OFFICER2, "/api/projects/board?q=他单位不可见测试项目")
                .statusCode(200)
                .body("columns.total.sum()", equalTo(0));
        Api.get(Tokens.OFFICER, "/api/projects?q=他单位不可见测试项目").body("items", hasSize(1));
        Api.get(Tokens.LEADER, "/api/projects/" + id).statusCode(200).body("canEdit", equalTo(false));
        Api.post(Tokens.LEADER, "/api/projects", project("领导不能新建")).statusCode(403);
    }

    @Test
    void anOfficerAskingForAnotherUnitsProjectsGetsNone() {
        int id = create("按单位筛选越权测试", "LEAD", "2026-01-05");
        long own =
                ((Number) Tokens.as(Tokens.OFFICER).get("/api/projects/" + id).path("unitId")).longValue();
        Api.get(Tokens.OFFICER2, "/api/projects?unitId=" + own).statusCode(200).body("items", hasSize(0));
        Api.get(Tokens.STATS, "/api/projects?unitId=" + own + "&q=按单位筛选越权测试").body("items", hasSize(1));
    }

    @Test
    void anUpgradeCountsOnlyItsIncrement() {
        int base = create("原厂区一期项目", "NEGOTIATING", "2025-03-05");
        Map<String, Object> body = project("原厂区二期技改升级");
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", "2026-02-01");
        body.put("investmentKind", "UPGRADE");
        Api.post(Tokens.OFFICER, "/api/projects", body)
                .spec(Api.fieldError("project.increment_required", "incrementInvestment"));
        body.put("incrementInvestment", 60000);
        Api.post(Tokens.OFFICER, "/api/projects", body)
                .statusCode(400)
                .body("code", equalTo("project.increment_exceeds_total"));
        body.put("incrementInvestment", 12000.5);
        body.put("baseProjectId", base);
        int id = Api.post(Tokens.OFFICER, "/api/projects", body)
                .statusCode(201)
                .body("investmentKind", equalTo("UPGRADE"))
                .body("baseProjectName", equalTo("原厂区一期项目"))
                // the answer is the project as stored, numeric(18, 4), as a GET answers it
                .body("totalInvestment", equalTo(50000f))
                .body("countedInvestment", equalTo(12000.5f))
                .extract()
                .path("id");
        Api.get(Tokens.OFFICER2, "/api/projects/" + id).statusCode(404);

        Map<String, Object> plain = project("普通新建项目带增量");
        plain.put("stage", "LEAD");
        plain.put("effectiveDate", "2026-02-01");
        plain.put("incrementInvestment", 100);
        Api.post(Tokens.OFFICER, "/api/projects", plain)
                .statusCode(400)
                .body("code", equalTo("project.increment_needs_kind"));
        plain.remove("incrementInvestment");
        Api.post(Tokens.OFFICER, "/api/projects", plain)
                .statusCode(201)
                .body("investmentKind", equalTo("NEW"))
                .body("countedInvestment", equalTo(50000f));
    }

    @Test
    void fixedAssetsCannotExceedTheTotal() {
        Map<String, Object> body = project("固投大于总投资");
        body.put("fixedAssetInvestment", 60000);
        Api.post(Tokens.OFFICER, "/api/projects", body)
                .spec(Api.fieldError("project.fixed_asset_exceeds_total", "fixedAssetInvestment"));
    }

    @Test
    void theListFiltersByStageAndSearchesNamesAndPinyinInitials() {
        int negotiating = create("天桥智能装备列表测试", "NEGOTIATING", "2026-01-05");
        int lead = create("天桥智能装备线索测试", "LEAD", "2026-01-05");
        Api.get(Tokens.LEADER, "/api/projects", "q", "智能装备列表")
                .statusCode(200)
                .body("items.id", hasItem(negotiating))
                .body("items.id", not(hasItem(lead)));
        Api.get(Tokens.LEADER, "/api/projects", "q", "tqznzb", "stage", "NEGOTIATING", "size", 200)
                .statusCode(200)
                .body("items.id", hasItem(negotiating))
                .body("items.id", not(hasItem(lead)));
        Api.get(Tokens.LEADER, "/api/projects", "sort", "budget")
                .statusCode(400)
                .body("code", equalTo("request.bad_sort"));
    }

    @Test
    void theBoardHasAColumnPerStageWithTotals() {
        int id = create("看板测试项目", "LEAD", "2026-01-05");
        Api.get(Tokens.LEADER, "/api/projects/board", "q", "看板测试项目")
                .statusCode(200)
                .body(
                        "columns.stage",
                        equalTo(List.of(
                                "LEAD",
                                "NEGOTIATING",
                                "SIGNED",
                                "REGISTERED",
                                "CONSTRUCTION",
                                "OPERATING",
                                "ON_HOLD",
                                "TERMINATED")))
                .body("columns[0].items.id", hasItem(id))
                .body("columns[1].total", equalTo(0));
    }

    @Test
    void aListRowCarriesItsNamesAndInvestorsInTheirOrderOnTheListAndTheBoard() {
        String base = "列表行测试" + (System.nanoTime() % 100000);
        int second = firm(base + "乙有限公司");
        int first = firm(base + "甲有限公司");
        Map<String, Object> body = project(base + "项目");
        body.put("investorEnterpriseIds", List.of(second, first));
        int id = Api.create(Tokens.OFFICER, "/api/projects", body);
        Api.get(Tokens.LEADER, "/api/projects", "q", base + "项目")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].investorNames", equalTo(List.of(base + "乙有限公司", base + "甲有限公司")))
                .body("items[0].unitName", not(equalTo(null)))
                .body("items[0].stage", equalTo("LEAD"))
                .body("items[0].version", equalTo(0));
        Api.get(Tokens.LEADER, "/api/projects/board", "q", base + "项目")
                .statusCode(200)
                .body("columns[0].total", equalTo(1))
                .body("columns[0].items[0].id", equalTo(id))
                .body("columns[0].items[0].investorNames[1]", equalTo(base + "甲有限公司"));
        Api.get(Tokens.LEADER, "/api/projects", "q", base + "项目", "page", 1)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(0));
    }

    @Test
    void aNegotiationWithoutWorkLogIsFlaggedAsStalledUntilSomeoneLogsWork() {
        int id = create("停滞测试项目", "NEGOTIATING", "2025-01-05");
        Api.get(Tokens.LEADER, "/api/projects/" + id).body("stalled.code", equalTo("NO_WORKLOG"));
        Api.get(Tokens.LEADER, "/api/projects", "stalled", true, "q", "停滞测试项目").body("items.id", hasItem(id));
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + id + "/worklog",
                        Map.of(
                                "loggedOn",
                                java.time.LocalDate.now().toString(),
                                "kind",
                                "PROGRESS",
                                "content",
                                "对接了投资方"))
                .statusCode(201);
        Api.get(Tokens.LEADER, "/api/projects/" + id)
                .body("stalled", equalTo(null))
                .body("version", equalTo(0));
        Api.get(Tokens.LEADER, "/api/projects", "stalled", true, "q", "停滞测试项目").body("items.id", not(hasItem(id)));
    }

    private static int firm(String name) {
        return Api.create(Tokens.OFFICER, "/api/enterprises", Map.of("name", name, "status", "FOLLOWING"));
    }

    @Test
    void mergingTwoInvestorsKeepsEveryProjectOfBoth() {
        String base = "项目合并测试" + (System.nanoTime() % 100000);
        int survivor = firm(base + "有限公司");
        int merged = firm(base + "有限责任公司");
        Map<String, Object> onlyMerged = project("只有被并企业的项目");
        onlyMerged.put("investorEnterpriseIds", List.of(merged));
        Map<String, Object> both = project("两家都投的项目");
        both.put("investorEnterpriseIds", List.of(merged, survivor));
        int first = Api.create(Tokens.OFFICER, "/api/projects", onlyMerged);
        int second = Api.create(Tokens.OFFICER, "/api/projects", both);

        Api.post(Tokens.OFFICER, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", merged))
                .statusCode(200);

        Api.get(Tokens.LEADER, "/api/projects/" + first).body("investorEnterpriseIds", equalTo(List.of(survivor)));
        Api.get(Tokens.LEADER, "/api/projects/" + second).body("investorEnterpriseIds", equalTo(List.of(survivor)));
    }
}
