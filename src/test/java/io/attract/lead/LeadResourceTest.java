package io.attract.lead;

import static io.attract.support.EngagementFixtures.createLead;
import static io.attract.support.EngagementFixtures.firm;
import static io.attract.support.EngagementFixtures.lead;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.attract.common.time.BusinessDates;
import io.attract.holiday.HolidayCalendar;
import io.attract.support.InEngagementUnits;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadResourceTest implements InEngagementUnits {

    @Inject
    HolidayCalendar holidays;

    private static LocalDate today() {
        return BusinessDates.today();
    }

    private static void step(int id, String kind, LocalDate on, int status) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "onDate", on.toString(), "note", "办理"));
        if (kind.equals("ASSESS")) {
            body.put("assessmentResult", "PURSUE");
        }
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/leads/" + id + "/steps")
                .then()
                .statusCode(status);
    }

    @Test
    void anUnansweredLeadIsOverdueTheDayAfterItsResponseDeadline() {
        int late =
                createLead(Tokens.OFFICER, lead("超时未响应线索", today().minusDays(2).toString(), null));
        int fresh = createLead(Tokens.OFFICER, lead("今天收到的线索", today().toString(), null));
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + late)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(true))
                .body("clocks[0].kind", equalTo("RESPOND"))
                .body("clocks[0].dueOn", equalTo(today().minusDays(1).toString()))
                .body("clocks[0].daysOverdue", equalTo(1))
                .body("history[0].kind", equalTo("RECEIVED"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads?overdue=true&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.id", not(hasItem(fresh)));
        Tokens.as(Tokens.OFFICER).get("/api/my-week").then().statusCode(200).body("overdueLeads.id", hasItem(late));
        Tokens.as(Tokens.UNIT_HEAD)
                .get("/api/reminders")
                .then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'LEAD_OVERDUE' }.id", hasItem(late));
        step(late, "RESPOND", today(), 200);
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + late)
                .then()
                .body("clocks[0].overdue", equalTo(false))
                .body("clocks[0].doneOn", equalTo(today().toString()));
    }

    @Test
    void stepsGoInOrderOnceEachAndNeverBeforeTheLeadArrived() {
        int id = createLead(Tokens.OFFICER, lead("按序办理线索", today().minusDays(10).toString(), null));
        step(id, "ASSESS", today().minusDays(9), 409);
        step(id, "RESPOND", today().minusDays(11), 400);
        step(id, "RESPOND", today().minusDays(9), 200);
        step(id, "RESPOND", today().minusDays(8), 409);
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "ASSESS", "onDate", today().minusDays(8).toString()))
                .post("/api/leads/" + id + "/steps")
                .then()
                .statusCode(400)
                .body("code", equalTo("lead.assessment_result_required"));
        step(id, "ASSESS", today().minusDays(8), 200);
        step(id, "PROGRESS", today().minusDays(7), 409);
        step(id, "FEEDBACK", today().minusDays(7), 200);
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + id)
                .then()
                .body(
                        "clocks[3].dueOn",
                        equalTo(today().minusDays(7).plusDays(14).toString()))
                .body("nextDue.kind", equalTo("PROGRESS"));
    }

    @Test
    void convertingALeadMakesAProjectAndKeepsItsHistory() {
        int firm = firm("线索转化测试有限公司");
        int id = createLead(Tokens.OFFICER, lead("拟建设智能工厂", today().minusDays(6).toString(), firm));
        step(id, "RESPOND", today().minusDays(6), 200);
        int projectId = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "projectName",
                        "智能工厂项目",
                        "stage",
                        "NEGOTIATING",
                        "effectiveDate",
                        today().minusDays(1).toString()))
                .post("/api/leads/" + id + "/convert")
                .then()
                .statusCode(201)
                .body("leadId", equalTo(id))
                .extract()
                .path("projectId");
        Tokens.as(Tokens.OFFICER)
                .get("/api/projects/" + projectId)
                .then()
                .statusCode(200)
                .body("stage", equalTo("NEGOTIATING"))
                .body("leadId", equalTo(id))
                .body("leadTitle", equalTo("拟建设智能工厂"))
                .body("investorEnterpriseIds[0]", equalTo(firm));
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONVERTED"))
                .body("projectId", equalTo(projectId))
                .body("overdue", equalTo(false))
                .body("nextDue", nullValue())
                .body("history.kind", hasItem("RESPOND"))
                .body("history.kind", hasItem("CONVERTED"));
        step(id, "ASSESS", today(), 409);
    }

    @Test
    void anotherUnitsLeadIsNotFoundAndANewFirmGoesIntoTheLibrary() {
        Map<String, Object> body = lead("新企业线索", today().toString(), null);
        body.put("newEnterprise", Map.of("name", "线索带来的新企业有限公司"));
        int id = createLead(Tokens.OFFICER, body);
        int firm = Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + id)
                .then()
                .statusCode(200)
                .body("enterpriseName", equalTo("线索带来的新企业有限公司"))
                .extract()
                .path("enterpriseId");
        Tokens.as(Tokens.OFFICER2)
                .get("/api/enterprises/" + firm)
                .then()
                .statusCode(200)
                .body("status", equalTo("FOLLOWING"));
        Tokens.as(Tokens.OFFICER2).get("/api/leads/" + id).then().statusCode(404);
        Tokens.as(Tokens.STATS).get("/api/leads/" + id).then().statusCode(200).body("canEdit", equalTo(false));
        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .body(Map.of("onDate", today().toString(), "note", "不要了"))
                .post("/api/leads/" + id + "/drop")
                .then()
                .statusCode(404);
    }

    @Test
    void workingDayClocksSetByAnAdminMoveTheDeadlinesOfOpenLeads() {
        LocalDate friday = today().minusDays((today().getDayOfWeek().getValue() + 2) % 7 + 7);
        int id = createLead(Tokens.OFFICER, lead("周五收到的线索", friday.toString(), null));
        Tokens.as(Tokens.OFFICER)
                .get("/api/leads/" + id)
                .then()
                .body("clocks[0].dueOn", equalTo(friday.plusDays(1).toString()));
        long version = ((Number) Tokens.as(Tokens.ADMIN)
                        .get("/api/leads/clock-rules")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("version"))
                .longValue();
        Map<String, Object> working = Map.of(
                "respondDays", 1, "assessDays", 3, "feedbackDays", 7, "progressEveryDays", 14, "workingDays", true);
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(working)
                .put("/api/leads/clock-rules")
                .then()
                .statusCode(403);
        try {
            Tokens.as(Tokens.ADMIN)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"" + version + "\"")
                    .body(working)
                    .put("/api/leads/clock-rules")
                    .then()
                    .statusCode(200)
                    .body("workingDays", equalTo(true));
            Tokens.as(Tokens.OFFICER)
                    .get("/api/leads/" + id)
                    .then()
                    // the Monday after, unless the holiday calendar gives it off
                    .body(
                            "clocks[0].dueOn",
                            equalTo(QuarkusTransaction.requiringNew()
                                    .call(() -> holidays.workingDays().plus(friday, 1))
                                    .toString()));
        } finally {
            Map<String, Object> calendar = Map.of(
                    "respondDays",
                    1,
                    "assessDays",
                    3,
                    "feedbackDays",
                    7,
                    "progressEveryDays",
                    14,
                    "workingDays",
                    false);
            Tokens.as(Tokens.ADMIN)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"" + (version + 1) + "\"")
                    .body(calendar)
                    .put("/api/leads/clock-rules")
                    .then()
                    .statusCode(200);
        }
    }
}
