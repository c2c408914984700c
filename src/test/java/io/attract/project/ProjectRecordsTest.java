package io.attract.project;

import static io.attract.project.ProjectFixtures.create;
import static io.attract.project.ProjectFixtures.fund;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        Tokens.as(Tokens.LEADER)
                .queryParam("asOf", "2026-03-31")
                .get("/api/projects/" + id + "/funds")
                .then()
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
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("arrivedOn", "2026-01-01", "amount", "-1", "originTier", "LOCAL", "evidence", ""))
                .post("/api/projects/" + id + "/funds")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("evidence"));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("arrivedOn", "2026-01-01", "amount", "1.23456", "originTier", "LOCAL", "evidence", "x"))
                .post("/api/projects/" + id + "/funds")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("amount"));
    }

    @Test
    void aCoordinationRequestStaysOpenForTheLeaderUntilResolved() {
        int id = create("协调事项测试项目", "NEGOTIATING", "2026-01-05");
        int entry = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("loggedOn", "2026-02-01", "kind", "COORDINATION", "content", "需协调用地指标"))
                .post("/api/projects/" + id + "/worklog")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Tokens.as(Tokens.LEADER)
                .get("/api/projects/coordination")
                .then()
                .statusCode(200)
                .body("entry.id", hasItem(entry));
        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "x"))
                .post("/api/projects/" + id + "/worklog/" + entry + "/resolve")
                .then()
                .statusCode(404);
        Tokens.as(Tokens.OFFICER2)
                .get("/api/projects/coordination")
                .then()
                .statusCode(200)
                .body("entry.id", not(hasItem(entry)));
        Tokens.as(Tokens.LEADER)
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "已协调自然资源局解决"))
                .post("/api/projects/" + id + "/worklog/" + entry + "/resolve")
                .then()
                .statusCode(200)
                .body("resolvedBy", equalTo(Tokens.LEADER));
        Tokens.as(Tokens.LEADER).get("/api/projects/coordination").then().body("entry.id", not(hasItem(entry)));
        Tokens.as(Tokens.LEADER)
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "again"))
                .post("/api/projects/" + id + "/worklog/" + entry + "/resolve")
                .then()
                .statusCode(409);
    }

    @Test
    void anAdminSetsTheStallThresholds() {
        int rule = Tokens.as(Tokens.ADMIN)
                .get("/api/projects/stall-rules")
                .then()
                .statusCode(200)
                .body("stage", hasItem("NEGOTIATING"))
                .extract()
                .path("find { it.stage == 'SIGNED' }.id");
        int version = Tokens.as(Tokens.ADMIN)
                .get("/api/projects/stall-rules")
                .then()
                .extract()
                .path("find { it.stage == 'SIGNED' }.version");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("days", 30, "enabled", true))
                .put("/api/projects/stall-rules/" + rule)
                .then()
                .statusCode(403);
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("days", 0, "enabled", true))
                .put("/api/projects/stall-rules/" + rule)
                .then()
                .statusCode(400);
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("days", 90, "enabled", true))
                .put("/api/projects/stall-rules/" + rule)
                .then()
                .statusCode(200)
                .body("days", equalTo(90));
    }
}
