package io.attract.event;

import static org.hamcrest.Matchers.equalTo;

import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventCreditTest {

    private static int event(String name, String heldOn) {
        return Api.create(
                Tokens.OFFICER,
                "/api/events",
                Map.of("name", name, "kind", "SIGNING", "role", "HOSTED", "heldOn", heldOn));
    }

    private static int project(String name, Integer... investors) {
        Map<String, Object> body = ProjectFixtures.staged(name, "NEGOTIATING", "2026-01-10", 30000);
        body.put("investorEnterpriseIds", List.of(investors));
        return ProjectFixtures.create(body);
    }

    private static void link(int event, int project) {
        Api.post(Tokens.OFFICER, "/api/events/" + event + "/projects", Map.of("projectId", project))
                .statusCode(200);
    }

    @Test
    void aProjectSignedAtTwoEventsIsCreditedToTheFirstOnly() {
        long unit = EngagementFixtures.units()[0];
        int march = event("三月集中签约仪式", "2026-03-28");
        int july = event("七月集中签约仪式", "2026-07-26");
        int twice = project("两次签约的项目");
        int once = project("只在七月签约的项目");
        link(july, twice);
        link(march, twice);
        link(july, once);
        link(july, once);

        Api.get(Tokens.LEADER, "/api/events/" + july)
                .statusCode(200)
                .body("projectCount", equalTo(2))
                .body("creditedProjectCount", equalTo(1))
                .body("totalInvestmentCredited", equalTo(30000.0f))
                .body("projects.find { it.id == " + twice + " }.credited", equalTo(false))
                .body("projects.find { it.id == " + twice + " }.creditedEventName", equalTo("三月集中签约仪式"))
                .body("projects.find { it.id == " + once + " }.credited", equalTo(true));
        Api.get(Tokens.LEADER, "/api/events/" + march).body("creditedProjectCount", equalTo(1));
        Api.get(Tokens.OFFICER, "/api/projects/" + twice)
                .body("events[0].id", equalTo(march))
                .body("events[0].credited", equalTo(true))
                .body("events[1].credited", equalTo(false));
        Api.get(Tokens.LEADER, "/api/cockpit?asOf=2026-11-20&unitId=" + unit)
                .statusCode(200)
                .body("events", equalTo(2))
                .body("eventSignedProjects", equalTo(2));

        Api.delete(Tokens.OFFICER, "/api/events/" + march + "/projects/" + twice)
                .statusCode(200);
        Api.get(Tokens.AUDITOR, "/api/audit?entity=EventProject&id=" + march + ":" + twice)
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("DELETE", "CREATE"))
                .body("items[0].actor", equalTo(Tokens.OFFICER))
                .body("items[1].changes.project.after", equalTo(twice));
        Api.get(Tokens.LEADER, "/api/events/" + july).body("creditedProjectCount", equalTo(2));
    }

    @Test
    void anotherUnitsOfficerSeesTheEventButNotTheProjectsOfOtherUnits() {
        EngagementFixtures.units();
        int event = event("他单位项目可见性签约会", "2026-04-18");
        int firm = EngagementFixtures.firm("他单位项目投资方有限公司");
        int project = project("他单位不可见的签约项目", firm);
        link(event, project);
        Api.get(Tokens.OFFICER2, "/api/enterprises/" + firm + "/timeline")
                .statusCode(200)
                .body("find { it.kind == 'PROJECT' }.restricted", equalTo(true))
                .body("find { it.kind == 'PROJECT' }.title", org.hamcrest.Matchers.nullValue());
        Api.get(Tokens.OFFICER2, "/api/events/" + event)
                .statusCode(200)
                .body("name", equalTo("他单位项目可见性签约会"))
                .body("projects.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(project)));
        Api.get(Tokens.LEADER, "/api/events/" + event).body("projects.id", org.hamcrest.Matchers.hasItem(project));
    }

    @Test
    void leaderLedTripsAreCountedApartAndATripInUseCannotBeDeleted() {
        long unit = EngagementFixtures.units()[0];
        Map<String, Object> led = Map.of(
                "title",
                "赴深圳新材料产业链招商",
                "leaderName",
                "张强",
                "cities",
                List.of("深圳"),
                "delegation",
                List.of("投资促进局局长"),
                "startDate",
                "2026-04-01",
                "endDate",
                "2026-04-03");
        Map<String, Object> plain =
                Map.of("title", "赴苏州拜访企业", "cities", List.of("苏州"), "startDate", "2026-05-01", "endDate", "2026-05-01");
        int trip = Api.post(Tokens.OFFICER, "/api/trips", led)
                .statusCode(201)
                .body("leaderLed", equalTo(true))
                .extract()
                .path("id");
        Api.post(Tokens.OFFICER, "/api/trips", plain).statusCode(201).body("leaderLed", equalTo(false));
        Api.post(
                        Tokens.OFFICER,
                        "/api/trips",
                        Map.of(
                                "title",
                                "倒序日期",
                                "cities",
                                List.of("北京"),
                                "startDate",
                                "2026-05-02",
                                "endDate",
                                "2026-05-01"))
                .statusCode(400)
                .body("code", equalTo("trip.dates_order"));
        Api.get(Tokens.LEADER, "/api/cockpit?asOf=2026-11-20&unitId=" + unit)
                .body("trips", equalTo(1))
                .body("tripsTotal", equalTo(2));

        int firm = EngagementFixtures.firm("出访拜访测试有限公司");
        Map<String, Object> visit = EngagementFixtures.visit(firm, "2026-04-02");
        visit.put("tripId", trip);
        Api.post(Tokens.OFFICER, "/api/visits", visit).statusCode(201);
        Api.get(Tokens.LEADER, "/api/trips/" + trip)
                .statusCode(200)
                .body("visitCount", equalTo(1))
                .body("visits[0].enterpriseName", equalTo("出访拜访测试有限公司"));
        // Another unit's officer reads the trip, but counts only what the unit rule lets them open: no "走访 1"
        // over an empty list.
        Api.get(Tokens.OFFICER2, "/api/trips/" + trip)
                .statusCode(200)
                .body("visitCount", equalTo(0))
                .body("visits.size()", equalTo(0));
        Api.get(Tokens.OFFICER2, "/api/trips?unitId=" + unit)
                .statusCode(200)
                .body("items.find { it.id == " + trip + " }.visitCount", equalTo(0));
        Api.get(Tokens.OFFICER, "/api/trips?unitId=" + unit)
                .statusCode(200)
                .body("items.find { it.id == " + trip + " }.visitCount", equalTo(1));
        Api.delete(Tokens.OFFICER, "/api/trips/" + trip, "\"0\"")
                .statusCode(409)
                .body("code", equalTo("trip.in_use"));
        Api.get(Tokens.OFFICER, "/api/enterprises/" + firm + "/timeline")
                .statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("VISIT", "TRIP"));
        Api.get(Tokens.OFFICER2, "/api/enterprises/" + firm + "/timeline")
                .statusCode(200)
                .body("find { it.kind == 'VISIT' }.restricted", equalTo(true))
                .body("find { it.kind == 'VISIT' }.title", org.hamcrest.Matchers.nullValue())
                .body("find { it.kind == 'TRIP' }.restricted", equalTo(false));
    }
}
