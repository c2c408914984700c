package io.attract.visit;

import static io.attract.support.EngagementFixtures.firm;
import static io.attract.support.EngagementFixtures.visit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.common.time.BusinessDates;
import io.attract.support.EngagementFixtures;
import io.attract.support.InEngagementUnits;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VisitResourceTest implements InEngagementUnits {

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyMakesOneVisit() {
        int firm = firm("幂等走访测试有限公司");
        Map<String, Object> body = visit(firm, "2026-11-02");
        int id = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "draft-7f3a")
                .body(body)
                .post("/api/visits")
                .then()
                .statusCode(201)
                .body("ourParticipants[0].username", equalTo("officer"))
                .body("canEdit", equalTo(true))
                .extract()
                .path("id");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "draft-7f3a")
                .body(body)
                .post("/api/visits")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        Tokens.as(Tokens.OFFICER)
                .get("/api/visits?enterpriseId=" + firm)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        Tokens.as(Tokens.OFFICER)
                .get("/api/visits?enterpriseId=" + firm + "&q=扩产意向")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo(1));
    }

    @Test
    void anotherUnitsVisitIsNotFoundForOfficersButLeadersReadIt() {
        int firm = firm("跨单位走访测试有限公司");
        int id = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(visit(firm, "2026-11-03"))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Tokens.as(Tokens.OFFICER2)
                .get("/api/visits/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("visit.not_found"));
        Tokens.as(Tokens.OFFICER2)
                .get("/api/visits?enterpriseId=" + firm)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Tokens.as(Tokens.LEADER).get("/api/visits/" + id).then().statusCode(200).body("canEdit", equalTo(false));
        Tokens.as(Tokens.LEADER)
                .contentType(ContentType.JSON)
                .body(visit(firm, "2026-11-03"))
                .post("/api/visits")
                .then()
                .statusCode(403);
        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(visit(firm, "2026-11-04"))
                .put("/api/visits/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void badDatesAndAForeignContactAreFieldErrors() {
        int firm = firm("日期校验走访测试有限公司");
        int other = firm("别家联系人测试有限公司");
        int otherContact = Tokens.as(Tokens.OFFICER)
                .get("/api/enterprises/" + other)
                .then()
                .statusCode(200)
                .extract()
                .path("contacts[0].id");
        Map<String, Object> future =
                visit(firm, BusinessDates.today().plusDays(1).toString());
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(future)
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body("code", equalTo("visit.date_in_future"))
                .body("violations[0].field", equalTo("visitedOn"));
        Map<String, Object> early = visit(firm, "2026-11-05");
        early.put("followUpOn", "2026-11-01");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(early)
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body("code", equalTo("visit.follow_up_before_visit"));
        Map<String, Object> wrongContact = visit(firm, "2026-11-05");
        wrongContact.put("theirParticipants", List.of(Map.of("contactId", otherContact, "name", "钱总")));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(wrongContact)
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body("code", equalTo("visit.contact_not_found"));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "ON_SITE"))
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("summary"));
    }

    @Test
    void aFollowUpShowsInMyWeekUntilItIsDone() {
        int firm = firm("跟进提醒测试有限公司");
        String today = BusinessDates.today().toString();
        Map<String, Object> body =
                visit(firm, BusinessDates.today().minusDays(5).toString());
        body.put("followUpOn", BusinessDates.today().minusDays(1).toString());
        int id = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Tokens.as(Tokens.OFFICER)
                .get("/api/my-week?week=" + today)
                .then()
                .statusCode(200)
                .body("followUps.id", hasItem(id));
        Tokens.as(Tokens.OFFICER)
                .get("/api/reminders")
                .then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'FOLLOW_UP' }.id", hasItem(id));
        Tokens.as(Tokens.OFFICER)
                .post("/api/visits/" + id + "/follow-up-done")
                .then()
                .statusCode(200)
                .body("followUpDone", equalTo(true));
        Tokens.as(Tokens.OFFICER).get("/api/my-week").then().statusCode(200).body("followUps.id", not(hasItem(id)));
        Tokens.as(Tokens.OFFICER).get("/api/my-week?scope=unit").then().statusCode(403);
        Tokens.as(Tokens.UNIT_HEAD)
                .get("/api/my-week?scope=unit")
                .then()
                .statusCode(200)
                .body("scope", equalTo("unit"));
    }

    @Test
    void updatesNeedTheVersionAndDeleteRemovesTheVisit() {
        int firm = firm("版本走访测试有限公司");
        int id = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(visit(firm, "2026-11-06"))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> changed = visit(firm, "2026-11-07");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/visits/" + id)
                .then()
                .statusCode(428);
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/visits/" + id)
                .then()
                .statusCode(200)
                .body("visitedOn", equalTo("2026-11-07"))
                .header("ETag", "\"1\"");
        Tokens.as(Tokens.OFFICER)
                .header("If-Match", "\"0\"")
                .delete("/api/visits/" + id)
                .then()
                .statusCode(412);
        Tokens.as(Tokens.OFFICER)
                .header("If-Match", "\"1\"")
                .delete("/api/visits/" + id)
                .then()
                .statusCode(204);
        Tokens.as(Tokens.OFFICER).get("/api/visits/" + id).then().statusCode(404);
    }

    @Test
    void mergingTwoFirmsKeepsTheVisitsAndLeadsOfBothAndAFirmInUseIsNotDeleted() {
        int survivor = firmWithoutCode("合并走访测试有限公司");
        int merged = firmWithoutCode("合并走访测试（集团）有限公司");
        int visit = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(visit(merged, "2026-11-02"))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int lead = EngagementFixtures.createLead(
                Tokens.OFFICER, EngagementFixtures.lead("被合并企业的线索", "2026-11-02", merged));
        Tokens.as(Tokens.OFFICER)
                .header("If-Match", "\"0\"")
                .delete("/api/enterprises/" + merged)
                .then()
                .statusCode(409)
                .body("code", equalTo("enterprise.in_use"));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("otherId", merged))
                .post("/api/enterprises/" + survivor + "/merge")
                .then()
                .statusCode(200);
        Tokens.as(Tokens.OFFICER).get("/api/visits/" + visit).then().body("enterpriseId", equalTo(survivor));
        Tokens.as(Tokens.OFFICER).get("/api/leads/" + lead).then().body("enterpriseId", equalTo(survivor));
    }

    private static int firmWithoutCode(String name) {
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "status", "FOLLOWING"))
                .post("/api/enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
