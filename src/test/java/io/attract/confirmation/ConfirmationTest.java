package io.attract.confirmation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.cockpit.Cockpits;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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
        unit = Fixtures.unitOf("confirm", Tokens.OFFICER, Tokens.UNIT_HEAD);
    }

    private static int project(String who, String name, String since) {
        return ProjectFixtures.createAs(who, name, "NEGOTIATING", since, "20000");
    }

    private static ValidatableResponse move(String who, int id, String to, String on) {
        return ProjectFixtures.moveAs(who, id, to, on);
    }

    private static int fund(String who, int id, String on, String amount) {
        return ProjectFixtures.fund(who, id, on, amount, "0", "OUT_OF_PROVINCE");
    }

    private static Map<String, Object> item(String kind, Object id) {
        return Map.of("kind", kind, "id", id);
    }

    /** Confirms these waiting changes as {@code who}, from the inbox. */
    @SafeVarargs
    private static ValidatableResponse confirm(String who, Map<String, Object>... items) {
        return Api.post(who, "/api/confirmations/confirm", Map.of("items", List.of(items)));
    }

    /** Sends a waiting change back to the officer as {@code who}. */
    private static ValidatableResponse sendBack(String who, Map<String, Object> body) {
        return Api.post(who, "/api/confirmations/return", body);
    }

    private ValidatableResponse cockpit(String asOf) {
        return Cockpits.of(unit, asOf);
    }

    private List<Map<String, Object>> inbox() {
        return Api.get(Tokens.UNIT_HEAD, "/api/confirmations")
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
        Cockpits.projectsBehind(unit, "SIGNED", "2026-01-01", "2026-03-31").body("total", equalTo(0));
        Api.get(Tokens.UNIT_HEAD, "/api/projects", "pendingConfirmation", true)
                .statusCode(200)
                .body("items.id", hasItem(id));

        Map<String, Object> stage = waiting(id, "STAGE");
        confirm(Tokens.UNIT_HEAD, item("STAGE", stage.get("id")), item("FUND", fundId))
                .statusCode(200)
                .body("confirmed", equalTo(2));

        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(1))
                .body("projects.byStage.SIGNED", equalTo(1))
                .body("fundsArrived.yearToDate", equalTo(300f))
                .body("pending.stageChanges", equalTo(0))
                .body("pending.funds", equalTo(0));
        confirm(Tokens.UNIT_HEAD, item("STAGE", stage.get("id")))
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

        sendBack(Tokens.UNIT_HEAD, Map.of("kind", "STAGE", "id", stageId))
                .statusCode(400)
                .body("code", equalTo("confirmation.reason_required"));
        sendBack(Tokens.UNIT_HEAD, Map.of("kind", "STAGE", "id", stageId, "reason", "签约日期与合同不符"))
                .statusCode(200)
                .body("reason", equalTo("签约日期与合同不符"));
        sendBack(Tokens.UNIT_HEAD, Map.of("kind", "FUND", "id", fundId, "reason", "缺银行回单"))
                .statusCode(200);

        Api.get(Tokens.OFFICER, "/api/projects/" + id).body("stage", equalTo("NEGOTIATING"));
        Api.get(Tokens.OFFICER, "/api/confirmations/returned")
                .statusCode(200)
                .body("items.reason", hasItem("签约日期与合同不符"))
                .body("items.reason", hasItem("缺银行回单"));
        Api.get(Tokens.OFFICER, "/api/reminders").body("items.kind", hasItem("CHANGE_RETURNED"));
        Api.get(Tokens.OFFICER, "/api/projects/" + id + "/funds")
                .body("items[0].status", equalTo("RETURNED"))
                .body("items[0].returnReason", equalTo("缺银行回单"));
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(0))
                .body("fundsArrived.yearToDate", equalTo(0))
                .body("pending.stageChanges", equalTo(0));
        confirm(Tokens.UNIT_HEAD, item("STAGE", stageId))
                .statusCode(409)
                .body("code", equalTo("confirmation.not_pending"));

        // The officer records it again, corrected; once confirmed it counts at its own date.
        move(Tokens.OFFICER, id, "SIGNED", "2026-03-08").statusCode(201);
        Api.get(Tokens.OFFICER, "/api/confirmations/returned").body("items.reason", not(hasItem("签约日期与合同不符")));
        Object again = waiting(id, "STAGE").get("id");
        confirm(Tokens.UNIT_HEAD, item("STAGE", again)).statusCode(200);
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
        Api.post(Tokens.OFFICER, "/api/projects/" + id + "/transitions", body).statusCode(201);
        cockpit("2026-03-31").body("projects.newThisYear.signed", equalTo(1)).body("pending.stageChanges", equalTo(1));

        Object correction = waiting(id, "STAGE").get("id");
        confirm(Tokens.UNIT_HEAD, item("STAGE", correction)).statusCode(200);
        cockpit("2026-03-31")
                .body("projects.newThisYear.signed", equalTo(0))
                .body("projects.newThisYear.negotiating", equalTo(1));
    }

    @Test
    void aBatchIsAllOrNothingAndOnlyTheUnitHeadConfirms() {
        freshUnit();
        int id = project(Tokens.UNIT_HEAD, "审核批量项目", "2026-02-03");
        int first = fund(Tokens.OFFICER, id, "2026-03-12", "10");
        confirm(Tokens.LEADER, item("FUND", first)).statusCode(403);
        confirm(Tokens.UNIT_HEAD, item("FUND", first), item("FUND", 999_999_999))
                .statusCode(404)
                .body("code", equalTo("confirmation.not_found"));
        Api.get(Tokens.OFFICER, "/api/projects/" + id + "/funds").body("items[0].status", equalTo("PENDING"));
        Api.get(Tokens.LEADER, "/api/confirmations").statusCode(200).body("items.id", hasItem(first));
    }

    @Test
    void withConfirmationTurnedOffEverythingCountsOnEntry() {
        freshUnit();
        String etag = Api.get(Tokens.ADMIN, "/api/settings/confirmation")
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
            Api.get(Tokens.AUDITOR, "/api/audit", "entity", "DistrictSetting", "id", "1")
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
        Api.get(Tokens.STATS, "/api/reports/monthly/" + month)
                .statusCode(200)
                .body("publication.adjustments.projectName", not(hasItem("审核月结项目")));

        Object stage = waiting(id, "STAGE").get("id");
        confirm(Tokens.UNIT_HEAD, item("STAGE", stage)).statusCode(200);
        Api.get(Tokens.STATS, "/api/reports/monthly/" + month)
                .statusCode(200)
                .body("publication.status", equalTo("CLOSED"))
                .body("publication.adjustments.projectName", hasItem("审核月结项目"));
    }
}
