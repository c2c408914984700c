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
import io.attract.support.Api;
import io.attract.support.InEngagementUnits;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
        Api.post(Tokens.OFFICER, "/api/leads/" + id + "/steps", body).statusCode(status);
    }

    @Test
    void anUnansweredLeadIsOverdueTheDayAfterItsResponseDeadline() {
        int late =
                createLead(Tokens.OFFICER, lead("超时未响应线索", today().minusDays(2).toString(), null));
        int fresh = createLead(Tokens.OFFICER, lead("今天收到的线索", today().toString(), null));
        Api.get(Tokens.OFFICER, "/api/leads/" + late)
                .statusCode(200)
                .body("overdue", equalTo(true))
                .body("clocks[0].kind", equalTo("RESPOND"))
                .body("clocks[0].dueOn", equalTo(today().minusDays(1).toString()))
                .body("clocks[0].daysOverdue", equalTo(1))
                .body("history[0].kind", equalTo("RECEIVED"));
        Api.get(Tokens.OFFICER, "/api/leads?overdue=true&size=200")
                .statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.id", not(hasItem(fresh)));
        Api.get(Tokens.OFFICER, "/api/my-week").statusCode(200).body("overdueLeads.id", hasItem(late));
        Api.get(Tokens.UNIT_HEAD, "/api/reminders")
                .statusCode(200)
                .body("items.findAll { it.kind == 'LEAD_OVERDUE' }.id", hasItem(late));
        step(late, "RESPOND", today(), 200);
        Api.get(Tokens.OFFICER, "/api/leads/" + late)
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
        Api.post(
                        Tokens.OFFICER,
                        "/api/leads/" + id + "/steps",
                        Map.of("kind", "ASSESS", "onDate", today().minusDays(8).toString()))
                .statusCode(400)
                .body("code", equalTo("lead.assessment_result_required"));
        step(id, "ASSESS", today().minusDays(8), 200);
        step(id, "PROGRESS", today().minusDays(7), 409);
        step(id, "FEEDBACK", today().minusDays(7), 200);
        Api.get(Tokens.OFFICER, "/api/leads/" + id)
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
        int projectId = Api.post(
                        Tokens.OFFICER,
                        "/api/leads/" + id + "/convert",
                        Map.of(
                                "projectName",
                                "智能工厂项目",
                                "stage",
                                "NEGOTIATING",
                                "effectiveDate",
                                today().minusDays(1).toString()))
                .statusCode(201)
                .body("leadId", equalTo(id))
                .extract()
                .path("projectId");
        Api.get(Tokens.OFFICER, "/api/projects/" + projectId)
                .statusCode(200)
                .body("stage", equalTo("NEGOTIATING"))
                .body("leadId", equalTo(id))
                .body("leadTitle", equalTo("拟建设智能工厂"))
                .body("investorEnterpriseIds[0]", equalTo(firm));
        Api.get(Tokens.OFFICER, "/api/leads/" + id)
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
        int firm = Api.get(Tokens.OFFICER, "/api/leads/" + id)
                .statusCode(200)
                .body("enterpriseName", equalTo("线索带来的新企业有限公司"))
                .extract()
                .path("enterpriseId");
        Api.get(Tokens.OFFICER2, "/api/enterprises/" + firm).statusCode(200).body("status", equalTo("FOLLOWING"));
        Api.get(Tokens.OFFICER2, "/api/leads/" + id).statusCode(404);
        Api.get(Tokens.STATS, "/api/leads/" + id).statusCode(200).body("canEdit", equalTo(false));
        Api.post(Tokens.OFFICER2, "/api/leads/" + id + "/drop", Map.of("onDate", today().toString(), "note", "不要了"))
                .statusCode(404);
    }

    @Test
    void workingDayClocksSetByAnAdminMoveTheDeadlinesOfOpenLeads() {
        LocalDate friday = today().minusDays((today().getDayOfWeek().getValue() + 2) % 7 + 7);
        int id = createLead(Tokens.OFFICER, lead("周五收到的线索", friday.toString(), null));
        Api.get(Tokens.OFFICER, "/api/leads/" + id)
                .body("clocks[0].dueOn", equalTo(friday.plusDays(1).toString()));
        long version = ((Number) Api.get(Tokens.ADMIN, "/api/leads/clock-rules")
                        .statusCode(200)
                        .extract()
                        .path("version"))
                .longValue();
        Map<String, Object> working = Map.of(
                "respondDays", 1, "assessDays", 3, "feedbackDays", 7, "progressEveryDays", 14, "workingDays", true);
        Api.put(Tokens.OFFICER, "/api/leads/clock-rules", "\"" + version + "\"", working)
                .statusCode(403);
        try {
            Api.put(Tokens.ADMIN, "/api/leads/clock-rules", "\"" + version + "\"", working)
                    .statusCode(200)
                    .body("workingDays", equalTo(true));
            Api.get(Tokens.OFFICER, "/api/leads/" + id)
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
            Api.put(Tokens.ADMIN, "/api/leads/clock-rules", "\"" + (version + 1) + "\"", calendar)
                    .statusCode(200);
        }
    }
}
