package io.attract.visit;

import static io.attract.support.EngagementFixtures.firm;
import static io.attract.support.EngagementFixtures.visit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.common.time.BusinessDates;
import io.attract.support.Api;
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
        Api.get(Tokens.OFFICER, "/api/visits?enterpriseId=" + firm)
                .statusCode(200)
                .body("total", equalTo(1));
        Api.get(Tokens.OFFICER, "/api/visits?enterpriseId=" + firm + "&q=扩产意向")
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo(1));
    }

    @Test
    void anotherUnitsVisitIsNotFoundForOfficersButLeadersReadIt() {
        int firm = firm("跨单位走访测试有限公司");
        int id = Api.create(Tokens.OFFICER, "/api/visits", visit(firm, "2026-11-03"));
        Api.get(Tokens.OFFICER2, "/api/visits/" + id).statusCode(404).body("code", equalTo("visit.not_found"));
        Api.get(Tokens.OFFICER2, "/api/visits?enterpriseId=" + firm)
                .statusCode(200)
                .body("total", equalTo(0));
        Api.get(Tokens.LEADER, "/api/visits/" + id).statusCode(200).body("canEdit", equalTo(false));
        Api.post(Tokens.LEADER, "/api/visits", visit(firm, "2026-11-03")).statusCode(403);
        Api.put(Tokens.OFFICER2, "/api/visits/" + id, "\"0\"", visit(firm, "2026-11-04"))
                .statusCode(404);
    }

    @Test
    void badDatesAndAForeignContactAreFieldErrors() {
        int firm = firm("日期校验走访测试有限公司");
        int other = firm("别家联系人测试有限公司");
        int otherContact = Api.get(Tokens.OFFICER, "/api/enterprises/" + other)
                .statusCode(200)
                .extract()
                .path("contacts[0].id");
        Map<String, Object> future =
                visit(firm, BusinessDates.today().plusDays(1).toString());
        Api.post(Tokens.OFFICER, "/api/visits", future).spec(Api.fieldError("visit.date_in_future", "visitedOn"));
        Map<String, Object> early = visit(firm, "2026-11-05");
        early.put("followUpOn", "2026-11-01");
        Api.post(Tokens.OFFICER, "/api/visits", early)
                .statusCode(400)
                .body("code", equalTo("visit.follow_up_before_visit"));
        Map<String, Object> wrongContact = visit(firm, "2026-11-05");
        wrongContact.put("theirParticipants", List.of(Map.of("contactId", otherContact, "name", "钱总")));
        Api.post(Tokens.OFFICER, "/api/visits", wrongContact)
                .statusCode(400)
                .body("code", equalTo("visit.contact_not_found"));
        Api.post(Tokens.OFFICER, "/api/visits", Map.of("kind", "ON_SITE"))
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
        int id = Api.create(Tokens.OFFICER, "/api/visits", body);
        Api.get(Tokens.OFFICER, "/api/my-week?week=" + today).statusCode(200).body("followUps.id", hasItem(id));
        Api.get(Tokens.OFFICER, "/api/reminders")
                .statusCode(200)
                .body("items.findAll { it.kind == 'FOLLOW_UP' }.id", hasItem(id));
        Tokens.as(Tokens.OFFICER)
                .post("/api/visits/" + id + "/follow-up-done")
                .then()
                .statusCode(200)
                .body("followUpDone", equalTo(true));
        Api.get(Tokens.OFFICER, "/api/my-week").statusCode(200).body("followUps.id", not(hasItem(id)));
        Api.get(Tokens.OFFICER, "/api/my-week?scope=unit").statusCode(403);
        Api.get(Tokens.UNIT_HEAD, "/api/my-week?scope=unit").statusCode(200).body("scope", equalTo("unit"));
    }

    @Test
    void updatesNeedTheVersionAndDeleteRemovesTheVisit() {
        int firm = firm("版本走访测试有限公司");
        int id = Api.create(Tokens.OFFICER, "/api/visits", visit(firm, "2026-11-06"));
        Map<String, Object> changed = visit(firm, "2026-11-07");
        Api.put(Tokens.OFFICER, "/api/visits/" + id, changed).statusCode(428);
        Api.put(Tokens.OFFICER, "/api/visits/" + id, "\"0\"", changed)
                .statusCode(200)
                .body("visitedOn", equalTo("2026-11-07"))
                .header("ETag", "\"1\"");
        Api.delete(Tokens.OFFICER, "/api/visits/" + id, "\"0\"").statusCode(412);
        Api.delete(Tokens.OFFICER, "/api/visits/" + id, "\"1\"").statusCode(204);
        Api.get(Tokens.OFFICER, "/api/visits/" + id).statusCode(404);
    }

    @Test
    void mergingTwoFirmsKeepsTheVisitsAndLeadsOfBothAndAFirmInUseIsNotDeleted() {
        int survivor = firmWithoutCode("合并走访测试有限公司");
        int merged = firmWithoutCode("合并走访测试（集团）有限公司");
        int visit = Api.create(Tokens.OFFICER, "/api/visits", visit(merged, "2026-11-02"));
        int lead = EngagementFixtures.createLead(
                Tokens.OFFICER, EngagementFixtures.lead("被合并企业的线索", "2026-11-02", merged));
        Api.delete(Tokens.OFFICER, "/api/enterprises/" + merged, "\"0\"")
                .statusCode(409)
                .body("code", equalTo("enterprise.in_use"));
        Api.post(Tokens.OFFICER, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", merged))
                .statusCode(200);
        Api.get(Tokens.OFFICER, "/api/visits/" + visit).body("enterpriseId", equalTo(survivor));
        Api.get(Tokens.OFFICER, "/api/leads/" + lead).body("enterpriseId", equalTo(survivor));
    }

    private static int firmWithoutCode(String name) {
        return Api.create(Tokens.OFFICER, "/api/enterprises", Map.of("name", name, "status", "FOLLOWING"));
    }
}
