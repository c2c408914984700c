package io.attract.confirmation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 审核 decides what counts (issue #18): an officer's signing is "待审核 1" to the leader and in no figure until the
 * unit head confirms it from the inbox; a change sent back never counts. Each test works in a fresh unit.
 */
@QuarkusTest
class ConfirmationTest {

    private long unit;

    private void freshUnit() {
        unit = Fixtures.unit(Fixtures.uniqueCode("confirm"));
        Fixtures.assign(Tokens.OFFICER, unit);
        Fixtures.assign(Tokens.UNIT_HEAD, unit);
    }

    private int project(String who, String name, String since) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "pool",
                "PROMOTION",
                "totalInvestment",
                "20000",
                "stage",
                "NEGOTIATING",
                "effectiveDate",
                since));
        return Tokens.as(who)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private ValidatableResponse move(String who, int id, String to, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("toStage", to, "effectiveDate", on));
        if (to.equals("SIGNED")) {
            body.put("agreementType", "FORMAL");
        }
        return Tokens.as(who)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/" + id + "/transitions")
                .then();
    }

    private int fund(String who, int id, String on, String amount) {
        return Tokens.as(who)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "arrivedOn",
                        on,
                        "amount",
                        amount,
                        "foreignUsd",
                        "0",
                        "originTier",
                        "OUT_OF_PROVINCE",
                        "evidence",
                        "回单"))
                .post("/api/projects/" + id + "/funds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private ValidatableResponse cockpit(String asOf) {
        return Tokens.as(Tokens.LEADER)
                .queryParam("asOf", asOf)
                .queryParam("unitId", unit)
                .get("/api/cockpit")
                .then()
                .statusCode(200);
    }

    private List<Map<String, Object>> inbox() {
        return Tokens.as(Tokens.UNIT_HEAD)
                .get("/api/confirmations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private Map<String, Object> waiting(int projectId, String kind) {
        return inbox().stream()
                .filter(i -> ((Number) i.get("projectId")).intValue() == projectId && kind.equals(i.get("kind")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOfficersSigningCountsOnceTheUnitHeadConfirmsIt() {
        freshUnit();
        int id = project(Tokens.UNIT_HEAD, "审核签约项目", "2026-02-03");
        move(Tokens.OFFICER, id, "SIGNED", "2026-03-10").statusCode(201);
        int fundId = fund(Tokens.OFFICER, id, "2026-03-12", "300");

        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(0))
                .body("projects.newThisYear.negotiating", equalTo(1))
                .body("projects.byStage.SIGNED", equalTo(0))
                .body("fundsArrived.yearToDate", equalTo(0))
                .body("pending.stageChanges", equalTo(1))
                .body("pending.funds", equalTo(1));
        Tokens.as(Tokens.LEADER)
                .queryParam("newStage", "SIGNED")
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-03-31")
                .queryParam("unitId", unit)
                .get("/api/projects")
                .then()
                .body("total", equalTo(0));
        Tokens.as(Tokens.UNIT_HEAD)
                .queryParam("pendingConfirmation", true)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        Map<String, Object> stage = waiting(id, "STAGE");
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(Map.of("kind", "STAGE", "id", stage.get("id")), Map.of("kind", "FUND", "id", fundId))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(2));

        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(1))
                .body("projects.byStage.SIGNED", equalTo(1))
                .body("fundsArrived.yearToDate", equalTo(300f))
                .body("pending.stageChanges", equalTo(0))
                .body("pending.funds", equalTo(0));
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "STAGE", "id", stage.get("id")))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(409)
                .body("code", equalTo("confirmation.not_pending"));
    }

    @Test
    void aChangeSentBackNeverCountsAndReachesTheOfficer() {
        freshUnit();
        int id = project(Tokens.UNIT_HEAD, "审核退回项目", "2026-02-03");
        move(Tokens.OFFICER, id, "SIGNED", "2026-03-10").statusCode(201);
        int fundId = fund(Tokens.OFFICER, id, "2026-03-12", "80");
        Object stageId = waiting(id, "STAGE").get("id");

        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "STAGE", "id", stageId))
                .post("/api/confirmations/return")
                .then()
                .statusCode(400)
                .body("code", equalTo("confirmation.reason_required"));
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "STAGE", "id", stageId, "reason", "签约日期与合同不符"))
                .post("/api/confirmations/return")
                .then()
                .statusCode(200)
                .body("reason", equalTo("签约日期与合同不符"));
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FUND", "id", fundId, "reason", "缺银行回单"))
                .post("/api/confirmations/return")
                .then()
                .statusCode(200);

        Tokens.as(Tokens.OFFICER).get("/api/projects/" + id).then().body("stage", equalTo("NEGOTIATING"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/confirmations/returned")
                .then()
                .statusCode(200)
                .body("items.reason", hasItem("签约日期与合同不符"))
                .body("items.reason", hasItem("缺银行回单"));
        Tokens.as(Tokens.OFFICER).get("/api/reminders").then().body("items.kind", hasItem("CHANGE_RETURNED"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/projects/" + id + "/funds")
                .then()
                .body("items[0].status", equalTo("RETURNED"))
                .body("items[0].returnReason", equalTo("缺银行回单"));
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(0))
                .body("fundsArrived.yearToDate", equalTo(0))
                .body("pending.stageChanges", equalTo(0));
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "STAGE", "id", stageId))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(409)
                .body("code", equalTo("confirmation.not_pending"));

        // The officer records it again, corrected; once confirmed it counts at its own date.
        move(Tokens.OFFICER, id, "SIGNED", "2026-03-08").statusCode(201);
        Tokens.as(Tokens.OFFICER)
                .get("/api/confirmations/returned")
                .then()
                .body("items.reason", not(hasItem("签约日期与合同不符")));
        Object again = waiting(id, "STAGE").get("id");
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "STAGE", "id", again))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(200);
        cockpit("2026-03-31").body("projects.newThisYear.signed", equalTo(1));
        cockpit("2026-03-09").body("projects.newThisYear.signed", equalTo(1));
    }

    @Test
    void aPendingCorrectionDoesNotUncountWhatItReverts() {
        freshUnit();
        int id = project(Tokens.UNIT_HEAD, "审核更正项目", "2026-02-03");
        move(Tokens.UNIT_HEAD, id, "SIGNED", "2026-03-10").statusCode(201);
        Map<String, Object> body =
                Map.of("toStage", "NEGOTIATING", "effectiveDate", "2026-03-20", "correction", true, "note", "签约未成");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/" + id + "/transitions")
                .then()
                .statusCode(201);
        cockpit("2026-03-31").body("projects.newThisYear.signed", equalTo(1)).body("pending.stageChanges", equalTo(1));

        Object correction = waiting(id, "STAGE").get("id");
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "STAGE", "id", correction))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(200);
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(0))
                .body("projects.newThisYear.negotiating", equalTo(1));
    }

    @Test
    void aBatchIsAllOrNothingAndOnlyTheUnitHeadConfirms() {
        freshUnit();
        int id = project(Tokens.UNIT_HEAD, "审核批量项目", "2026-02-03");
        int first = fund(Tokens.OFFICER, id, "2026-03-12", "10");
        Tokens.as(Tokens.LEADER)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "FUND", "id", first))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(403);
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(Map.of("kind", "FUND", "id", first), Map.of("kind", "FUND", "id", 999_999_999))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(404)
                .body("code", equalTo("confirmation.not_found"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/projects/" + id + "/funds")
                .then()
                .body("items[0].status", equalTo("PENDING"));
        Tokens.as(Tokens.LEADER)
                .get("/api/confirmations")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(first));
    }

    @Test
    void withConfirmationTurnedOffEverythingCountsOnEntry() {
        freshUnit();
        String etag = Tokens.as(Tokens.ADMIN)
                .get("/api/settings/confirmation")
                .then()
                .statusCode(200)
                .body("required", equalTo(true))
                .extract()
                .header("ETag");
        String off = Tokens.as(Tokens.ADMIN)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("required", false))
                .put("/api/settings/confirmation")
                .then()
                .statusCode(200)
                .body("required", equalTo(false))
                .body("updatedBy", equalTo("admin"))
                .extract()
                .header("ETag");
        try {
            int id = project(Tokens.OFFICER, "免审核项目", "2026-02-03");
            move(Tokens.OFFICER, id, "SIGNED", "2026-03-10").statusCode(201);
            fund(Tokens.OFFICER, id, "2026-03-12", "42");
            cockpit("2026-03-31")
                    .body("projects.newThisYear.signed", equalTo(1))
                    .body("fundsArrived.yearToDate", equalTo(42f))
                    .body("pending.stageChanges", equalTo(0));
            Tokens.as(Tokens.AUDITOR)
                    .queryParam("entity", "DistrictSetting")
                    .queryParam("id", "1")
                    .get("/api/audit")
                    .then()
                    .statusCode(200)
                    .body("items.actor", hasItem("admin"));
        } finally {
            Tokens.as(Tokens.ADMIN)
                    .header("If-Match", off)
                    .contentType(ContentType.JSON)
                    .body(Map.of("required", true))
                    .put("/api/settings/confirmation")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aChangeConfirmedAfterTheMonthClosedIsAnAdjustmentOfThatMonth() {
        freshUnit();
        String month = "2014-08";
        int id = project(Tokens.UNIT_HEAD, "审核月结项目", "2014-07-01");
        move(Tokens.OFFICER, id, "SIGNED", "2014-08-20").statusCode(201);
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + month + "/close")
                .then()
                .statusCode(200);
        Tokens.as(Tokens.STATS)
                .get("/api/reports/monthly/" + month)
                .then()
                .statusCode(200)
                .body("publication.adjustments.projectName", not(hasItem("审核月结项目")));

        Object stage = waiting(id, "STAGE").get("id");
        Tokens.as(Tokens.UNIT_HEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("kind", "STAGE", "id", stage))))
                .post("/api/confirmations/confirm")
                .then()
                .statusCode(200);
        Tokens.as(Tokens.STATS)
                .get("/api/reports/monthly/" + month)
                .then()
                .statusCode(200)
                .body("publication.status", equalTo("CLOSED"))
                .body("publication.adjustments.projectName", hasItem("审核月结项目"));
    }
}
