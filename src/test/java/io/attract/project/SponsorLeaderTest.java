package io.attract.project;

import static io.attract.project.ProjectFixtures.create;
import static io.attract.project.ProjectFixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.attract.support.Api;
import io.attract.support.OncePerClass;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 包挂领导 as a user: picked among the leaders, linked by display name, and "my sponsored projects" for the leader. */
@QuarkusTest
class SponsorLeaderTest implements InProjectUnits {

    @BeforeEach
    void leaderKnown() {
        OncePerClass.run(
                getClass(),
                "leader known",
                () -> Api.get(Tokens.LEADER, "/api/me").statusCode(200));
    }

    private static String leaderName() {
        return Api.get(Tokens.LEADER, "/api/me").extract().path("displayName");
    }

    @Test
    void theFormPicksAmongTheUsersWithTheLeaderRole() {
        Api.get(Tokens.OFFICER, "/api/users/leaders")
                .statusCode(200)
                .body("username", hasItem(Tokens.LEADER))
                .body("username", not(hasItem(Tokens.OFFICER)))
                .body("find { it.username == 'leader' }.displayName", equalTo(leaderName()));

        Map<String, Object> body = project("包挂领导选择测试项目");
        body.put("sponsorUsername", Tokens.LEADER);
        int id = create(body);
        Api.get(Tokens.OFFICER, "/api/projects/" + id)
                .body("sponsorUsername", equalTo(Tokens.LEADER))
                .body("sponsorLeader", equalTo(leaderName()))
                .body("unitName", equalTo("测试街道"))
                .body("milestones.negotiatingOn", nullValue());

        refused(Tokens.OFFICER2, "project.sponsor_not_leader");
        refused("nobody-at-all", "project.sponsor_not_found");
    }

    private static void refused(String sponsor, String code) {
        Map<String, Object> body = project("包挂拒绝测试项目");
        body.put("sponsorUsername", sponsor);
        Api.post(Tokens.OFFICER, "/api/projects", body).statusCode(400).body("code", equalTo(code));
    }

    @Test
    void aNameThatIsOneUsersDisplayNameLinksThatUserAndOtherNamesStayText() {
        Map<String, Object> named = project("包挂按姓名关联测试项目");
        named.put("sponsorLeader", leaderName());
        int linked = create(named);
        Api.get(Tokens.OFFICER, "/api/projects/" + linked).body("sponsorUsername", equalTo(Tokens.LEADER));

        Map<String, Object> text = project("包挂非用户测试项目");
        text.put("sponsorLeader", "王区长");
        int unlinked = create(text);
        Api.get(Tokens.OFFICER, "/api/projects/" + unlinked)
                .body("sponsorUsername", nullValue())
                .body("sponsorLeader", equalTo("王区长"));

        Api.get(Tokens.LEADER, "/api/projects", "sponsoredByMe", true, "size", 200)
                .statusCode(200)
                .body("items.id", hasItem(linked))
                .body("items.id", not(hasItem(unlinked)))
                .body("items.find { it.id == " + linked + " }.sponsorLeader", equalTo(leaderName()));
        Api.get(Tokens.OFFICER, "/api/projects", "sponsoredByMe", true)
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theLeadersCardCountsWhatTheFilteredListShows() {
        Map<String, Object> stalled = project("包挂停滞测试项目");
        stalled.put("sponsorUsername", Tokens.LEADER);
        stalled.put("stage", "NEGOTIATING");
        stalled.put("effectiveDate", "2025-01-05");
        int stalledId = create(stalled);
        Map<String, Object> waiting = project("包挂待审核测试项目");
        waiting.put("sponsorUsername", Tokens.LEADER);
        waiting.put("stage", "LEAD");
        waiting.put("effectiveDate", "2026-01-05");
        int waitingId = create(waiting);
        ProjectFixtures.move(waitingId, "NEGOTIATING", "2026-01-20", Map.of()).statusCode(201);

        Map<String, Object> card = Api.get(Tokens.LEADER, "/api/projects/sponsored")
                .statusCode(200)
                .extract()
                .as(Map.class);
        int projects = total(Map.of());
        int stalledCount = total(Map.of("stalled", true));
        int pending = total(Map.of("pendingConfirmation", true));
        org.junit.jupiter.api.Assertions.assertEquals(projects, card.get("projects"));
        org.junit.jupiter.api.Assertions.assertEquals(stalledCount, card.get("stalled"));
        org.junit.jupiter.api.Assertions.assertEquals(pending, card.get("pendingConfirmation"));
        org.junit.jupiter.api.Assertions.assertTrue(stalledCount >= 1 && pending >= 1, card.toString());
        Api.get(Tokens.LEADER, "/api/projects", "sponsoredByMe", true, "stalled", true, "size", 200)
                .body("items.id", hasItem(stalledId));
        Api.get(Tokens.LEADER, "/api/projects", "sponsoredByMe", true, "pendingConfirmation", true, "size", 200)
                .body("items.id", hasItem(waitingId));
        Api.get(Tokens.OFFICER2, "/api/projects/sponsored").body("projects", equalTo(0));
    }

    private static int total(Map<String, Object> toggles) {
        return Tokens.as(Tokens.LEADER)
                .queryParam("sponsoredByMe", true)
                .queryParams(toggles)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
