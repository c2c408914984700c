package io.attract.common.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client that retries a create after a timeout gets the first result, never a second record. */
@QuarkusTest
class IdempotentCreatesTest {

    private static Response post(String path, Object body, String key) {
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header(IdempotentCreates.HEADER, key)
                .body(body)
                .post(path);
    }

    private static void retriedOnce(String path, Object body, String listPath, String query) {
        String key = UUID.randomUUID().toString();
        int first = post(path, body, key).then().statusCode(201).extract().path("id");
        post(path, body, key).then().statusCode(200).body("id", equalTo(first));
        if (listPath != null) {
            Api.get(Tokens.OFFICER, listPath + query)
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("total", equalTo(1));
        }
    }

    @Test
    void eachCreateAnswersARetryWithTheFirstRecord() {
        EngagementFixtures.units();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        Map<String, Object> project = ProjectFixtures.project("幂等项目" + tag);
        project.put("stage", "NEGOTIATING");
        project.put("effectiveDate", "2026-02-02");
        retriedOnce("/api/projects", project, "/api/projects", "?q=幂等项目" + tag);
        retriedOnce(
                "/api/leads", EngagementFixtures.lead("幂等线索" + tag, "2026-03-01", null), "/api/leads", "?q=幂等线索" + tag);
        retriedOnce(
                "/api/trips",
                Map.of(
                        "title",
                        "幂等出访" + tag,
                        "cities",
                        List.of("上海"),
                        "startDate",
                        "2026-03-02",
                        "endDate",
                        "2026-03-03"),
                null,
                null);
        retriedOnce(
                "/api/events",
                Map.of("name", "幂等推介会" + tag, "kind", "PROMOTION", "role", "HOSTED", "heldOn", "2026-03-05"),
                null,
                null);

        int id = ProjectFixtures.create("幂等资金项目" + tag, "NEGOTIATING", "2026-02-02");
        String key = UUID.randomUUID().toString();
        Map<String, Object> fund = Map.of(
                "arrivedOn",
                "2026-03-01",
                "amount",
                1200,
                "originTier",
                "OUT_OF_PROVINCE",
                "evidence",
                "银行回单 2026-0301");
        int fundId = post("/api/projects/" + id + "/funds", fund, key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post("/api/projects/" + id + "/funds", fund, key).then().statusCode(200).body("id", equalTo(fundId));
        Api.get(Tokens.OFFICER, "/api/projects/" + id + "/funds").body("items.size()", equalTo(1));

        String worklogKey = UUID.randomUUID().toString();
        Map<String, Object> entry = Map.of("loggedOn", "2026-03-01", "kind", "PROGRESS", "content", "完成选址踏勘");
        int entryId = post("/api/projects/" + id + "/worklog", entry, worklogKey)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post("/api/projects/" + id + "/worklog", entry, worklogKey)
                .then()
                .statusCode(200)
                .body("id", equalTo(entryId));
        Api.get(Tokens.OFFICER, "/api/projects/" + id + "/worklog").body("size()", equalTo(1));
    }

    @Test
    void aKeyReusedForAnotherCreateIsRefusedAndNoKeyMeansNoDeduplication() {
        EngagementFixtures.units();
        String key = UUID.randomUUID().toString();
        post("/api/leads", EngagementFixtures.lead("复用 Key 的线索", "2026-03-01", null), key)
                .then()
                .statusCode(201);
        Map<String, Object> project = new HashMap<>(ProjectFixtures.project("复用 Key 的项目"));
        project.put("stage", "LEAD");
        project.put("effectiveDate", "2026-02-02");
        post("/api/projects", project, key).then().statusCode(409).body("code", equalTo("idempotency.key_reused"));

        int a = Api.create(Tokens.OFFICER, "/api/projects", project);
        Api.post(Tokens.OFFICER, "/api/projects", project).statusCode(201).body("id", not(equalTo(a)));
        post("/api/projects", project, "x".repeat(65))
                .then()
                .statusCode(400)
                .body("code", equalTo("idempotency.bad_key"));
    }

    @Test
    void anotherUserWithTheSameKeyMakesTheirOwnRecord() {
        EngagementFixtures.units();
        String key = UUID.randomUUID().toString();
        int mine = post("/api/leads", EngagementFixtures.lead("同 Key 不同人的线索", "2026-03-01", null), key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .header(IdempotentCreates.HEADER, key)
                .body(EngagementFixtures.lead("同 Key 不同人的线索", "2026-03-01", null))
                .post("/api/leads")
                .then()
                .statusCode(201)
                .body("id", not(equalTo(mine)));
    }
}
