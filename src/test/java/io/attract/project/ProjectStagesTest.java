package io.attract.project;

import static io.attract.project.ProjectFixtures.create;
import static io.attract.project.ProjectFixtures.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectStagesTest implements InProjectUnits {

    @Test
    void forwardMovesRecordTheBusinessDateAndTheMilestones() {
        int id = create("阶段前进测试项目", "NEGOTIATING", "2026-01-05");
        move(id, "SIGNED", "2026-02-10", Map.of("agreementType", "FORMAL"))
                .statusCode(201)
                .body("stage", equalTo("SIGNED"))
                .body("stageSince", equalTo("2026-02-10"))
                .body("agreementType", equalTo("FORMAL"));
        // Skipping 注册 is allowed; reports treat 开工 as implying it.
        move(id, "CONSTRUCTION", "2026-03-01", Map.of())
                .statusCode(201)
                .body("milestones.negotiatingOn", equalTo("2026-01-05"))
                .body("milestones.signedOn", equalTo("2026-02-10"))
                .body("milestones.registeredOn", nullValue())
                .body("milestones.constructionOn", equalTo("2026-03-01"));
        Api.get(Tokens.LEADER, "/api/projects/" + id + "/transitions")
                .statusCode(200)
                .body("toStage", contains("NEGOTIATING", "SIGNED", "CONSTRUCTION"))
                .body("[1].fromStage", equalTo("NEGOTIATING"))
                .body("[2].recordedBy", equalTo(Tokens.OFFICER))
                .body("[2].recordedAt", notNullValue());
    }

    @Test
    void signingRequiresTheAgreementType() {
        int id = create("签约协议类型测试", "NEGOTIATING", "2026-01-05");
        move(id, "SIGNED", "2026-02-10", Map.of()).spec(Api.fieldError("project.agreement_required", "agreementType"));
        Api.get(Tokens.LEADER, "/api/projects/" + id).body("stage", equalTo("NEGOTIATING"));
    }

    @Test
    void businessDatesNeverRunBackwardsOrIntoTheFuture() {
        int id = create("日期顺序测试项目", "NEGOTIATING", "2026-03-05");
        move(id, "SIGNED", "2026-03-01", Map.of("agreementType", "INTENT"))
                .statusCode(400)
                .body("code", equalTo("project.transition_date_order"));
        move(id, "SIGNED", LocalDate.now().plusDays(3).toString(), Map.of("agreementType", "INTENT"))
                .statusCode(400)
                .body("code", equalTo("project.date_in_future"));
        move(id, "NEGOTIATING", "2026-03-06", Map.of()).statusCode(409).body("code", equalTo("project.same_stage"));
    }

    @Test
    void goingBackIsOnlyARecordedCorrectionThatRevertsWhatItUndoes() {
        int id = create("更正回退测试项目", "NEGOTIATING", "2026-01-05");
        move(id, "SIGNED", "2026-02-10", Map.of("agreementType", "FRAMEWORK")).statusCode(201);
        move(id, "REGISTERED", "2026-03-10", Map.of()).statusCode(201);

        move(id, "NEGOTIATING", "2026-03-20", Map.of())
                .statusCode(400)
                .body("code", equalTo("project.correction_required"));
        move(id, "NEGOTIATING", "2026-03-20", Map.of("correction", true))
                .statusCode(400)
                .body("code", equalTo("project.note_required"));
        move(id, "NEGOTIATING", "2026-03-20", Map.of("correction", true, "note", "签约系误录，实为框架洽谈"))
                .statusCode(201)
                .body("stage", equalTo("NEGOTIATING"))
                .body("stageSince", equalTo("2026-01-05"))
                .body("milestones.signedOn", nullValue())
                .body("milestones.registeredOn", nullValue())
                .body("milestones.negotiatingOn", equalTo("2026-01-05"));
        Api.get(Tokens.LEADER, "/api/projects/" + id + "/transitions")
                .body("reverted", contains(false, true, true, false))
                .body("[3].correction", equalTo(true))
                .body("[3].note", equalTo("签约系误录，实为框架洽谈"));
    }

    @Test
    void onHoldNeedsAReasonAndResumesWhereItWasHeld() {
        int id = create("搁置恢复测试项目", "NEGOTIATING", "2026-01-05");
        move(id, "SIGNED", "2026-02-10", Map.of("agreementType", "FORMAL")).statusCode(201);
        move(id, "ON_HOLD", "2026-03-01", Map.of()).statusCode(400).body("code", equalTo("project.note_required"));
        move(id, "ON_HOLD", "2026-03-01", Map.of("note", "投资方资金链调整"))
                .statusCode(201)
                .body("stage", equalTo("ON_HOLD"))
                .body("heldStage", equalTo("SIGNED"));
        move(id, "SIGNED", "2026-04-01", Map.of())
                .statusCode(201)
                .body("stage", equalTo("SIGNED"))
                .body("agreementType", equalTo("FORMAL"))
                .body("milestones.signedOn", equalTo("2026-02-10"));
    }

    @Test
    void terminatedIsFinalExceptByCorrection() {
        int id = create("终止测试项目", "NEGOTIATING", "2026-01-05");
        move(id, "TERMINATED", "2026-02-01", Map.of("note", "企业放弃投资")).statusCode(201);
        move(id, "ON_HOLD", "2026-02-02", Map.of("note", "x"))
                .statusCode(409)
                .body("code", equalTo("project.terminated"));
        move(id, "SIGNED", "2026-02-02", Map.of("agreementType", "INTENT"))
                .statusCode(400)
                .body("code", equalTo("project.correction_required"));
        move(id, "NEGOTIATING", "2026-02-03", Map.of("correction", true, "note", "终止系误操作"))
                .statusCode(201)
                .body("stage", equalTo("NEGOTIATING"))
                .body("stageSince", equalTo("2026-01-05"));
    }

    @Test
    void theUnitHeadConfirmsTheUnitsChangesWhichArePendingUntilThen() {
        int id = create("审核测试项目", "NEGOTIATING", "2026-01-05");
        move(id, "SIGNED", "2026-02-10", Map.of("agreementType", "INTENT")).statusCode(201);
        int signing = Api.get(Tokens.LEADER, "/api/projects/" + id + "/transitions")
                .body("[1].confirmedAt", nullValue())
                .extract()
                .path("[1].id");
        Api.get(Tokens.LEADER, "/api/projects", "q", "审核测试项目").body("items[0].pendingConfirmation", equalTo(true));
        Api.get(Tokens.UNIT_HEAD, "/api/projects/pending-confirmations")
                .statusCode(200)
                .body("transition.id", hasItem(signing));

        Tokens.as(Tokens.OFFICER)
                .post("/api/projects/" + id + "/transitions/" + signing + "/confirm")
                .then()
                .statusCode(403);
        Tokens.as(Tokens.UNIT_HEAD)
                .post("/api/projects/" + id + "/transitions/" + signing + "/confirm")
                .then()
                .statusCode(200)
                .body("confirmedBy", equalTo(Tokens.UNIT_HEAD));
        Api.get(Tokens.UNIT_HEAD, "/api/projects/pending-confirmations").body("transition.id", not(hasItem(signing)));
    }

    @Test
    void onlyTheResponsibleUnitMovesAProjectAndAStaleVersionIsRefused() {
        int id = create("权限与版本测试项目", "LEAD", "2026-01-05");
        Tokens.as(Tokens.OFFICER2)
                .contentType("application/json")
                .body(Map.of("toStage", "NEGOTIATING", "effectiveDate", "2026-01-06"))
                .post("/api/projects/" + id + "/transitions")
                .then()
                .statusCode(404)
                .body("code", equalTo("project.not_found"));
        Tokens.as(Tokens.OFFICER)
                .contentType("application/json")
                .header("If-Match", "\"99\"")
                .body(Map.of("toStage", "NEGOTIATING", "effectiveDate", "2026-01-06"))
                .post("/api/projects/" + id + "/transitions")
                .then()
                .statusCode(412);
    }
}
