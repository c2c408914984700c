package io.attract.project;

import static io.attract.project.ProjectFixtures.create;
import static io.attract.project.ProjectFixtures.fund;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectRecordsTest implements WithoutConfirmation, InProjectUnits {

    @Test
    void fundsAddUpExactlyForTheMonthTheYearAndAllTime() {
        int id = create("到位资金测试项目", "NEGOTIATING", "2025-01-05");
        fund(id, "2025-12-31", "1000.0001", "10");
        fund(id, "2026-03-01", "0.1", "0.1");
        fund(id, "2026-03-31", "0.2", "0.2");
        fund(id, "2026-04-01", "5", "0");
        // Binary floats would give 0.30000000000000004 here.
        Api.get(Tokens.LEADER, "/api/projects/" + id + "/funds", "asOf", "2026-03-31")
                .statusCode(200)
                .body("totals.month", equalTo(0.3f))
                .body("totals.yearToDate", equalTo(0.3f))
                .body("totals.allTime", equalTo(1000.3001f))
                .body("totals.foreignUsdAllTime", equalTo(10.3f))
                .body("items.arrivedOn", contains("2026-04-01", "2026-03-31", "2026-03-01", "2025-12-31"));
        String json = Tokens.as(Tokens.LEADER)
                .queryParam("asOf", "2026-03-31")
                .get("/api/projects/" + id + "/funds")
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"allTime\":1000.3001"), json);
    }

    @Test
    void aFundNeedsAPositiveAmountAndEvidence() {
        int id = create("资金校验测试项目", "NEGOTIATING", "2025-01-05");
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + id + "/funds",
                        Map.of("arrivedOn", "2026-01-01", "amount", "-1", "originTier", "LOCAL", "evidence", ""))
                .statusCode(400)
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("evidence"));
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + id + "/funds",
                        Map.of("arrivedOn", "2026-01-01", "amount", "1.23456", "originTier", "LOCAL", "evidence", "x"))
                .statusCode(400)
                .body("violations.field", hasItem("amount"));
    }

    @Test
    void aCoordinationRequestStaysOpenForTheLeaderUntilResolved() {
        int id = create("协调事项测试项目", "NEGOTIATING", "2026-01-05");
        int entry = Api.create(
                Tokens.OFFICER,
                "/api/projects/" + id + "/worklog",
                Map.of("loggedOn", "2026-02-01", "kind", "COORDINATION", "content", "需协调用地指标"));
        Api.get(Tokens.LEADER, "/api/projects/coordination").statusCode(200).body("entry.id", hasItem(entry));
        Api.post(Tokens.OFFICER2, "/api/projects/" + id + "/worklog/" + entry + "/resolve", Map.of("resolution", "x"))
                .statusCode(404);
        Api.get(Tokens.OFFICER2, "/api/projects/coordination").statusCode(200).body("entry.id", not(hasItem(entry)));
        Api.post(
                        Tokens.LEADER,
                        "/api/projects/" + id + "/worklog/" + entry + "/resolve",
                        Map.of("resolution", "已协调自然资源局解决"))
                .statusCode(200)
                .body("resolvedBy", equalTo(Tokens.LEADER));
        Api.get(Tokens.LEADER, "/api/projects/coordination").body("entry.id", not(hasItem(entry)));
        Api.post(Tokens.LEADER, "/api/projects/" + id + "/worklog/" + entry + "/resolve", Map.of("resolution", "again"))
                .statusCode(409);
    }

    @Test
    void anAdminSetsTheStallThresholds() {
        int rule = Api.get(Tokens.ADMIN, "/api/projects/stall-rules")
                .statusCode(200)
                .body("stage", hasItem("NEGOTIATING"))
                .extract()
                .path("find { it.stage == 'SIGNED' }.id");
        int version = Api.get(Tokens.ADMIN, "/api/projects/stall-rules")
                .extract()
                .path("find { it.stage == 'SIGNED' }.version");
        Api.put(
                        Tokens.OFFICER,
                        "/api/projects/stall-rules/" + rule,
                        "\"" + version + "\"",
                        Map.of("days", 30, "enabled", true))
                .statusCode(403);
        Api.put(
                        Tokens.ADMIN,
                        "/api/projects/stall-rules/" + rule,
                        "\"" + version + "\"",
                        Map.of("days", 0, "enabled", true))
                .statusCode(400);
        Api.put(
                        Tokens.ADMIN,
                        "/api/projects/stall-rules/" + rule,
                        "\"" + version + "\"",
                        Map.of("days", 90, "enabled", true))
                .statusCode(200)
                .body("days", equalTo(90));
    }
}
