package io.attract.event;

import static org.hamcrest.Matchers.equalTo;

import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventCreditTest {

    private static int event(String name, String heldOn) {
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "SIGNING", "role", "HOSTED", "heldOn", heldOn))
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static int project(String name, Integer... investors) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "pool",
                "PROMOTION",
                "totalInvestment",
                30000,
                "investorEnterpriseIds",
                List.of(investors),
                "stage",
                "NEGOTIATING",
                "effectiveDate",
                "2026-01-10"));
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void link(int event, int project) {
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("projectId", project))
                .post("/api/events/" + event + "/projects")
                .then()
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

        Tokens.as(Tokens.LEADER)
                .get("/api/events/" + july)
                .then()
                .statusCode(200)
                .body("projectCount", equalTo(2))
                .body("creditedProjectCount", equalTo(1))
                .body("totalInvestmentCredited", equalTo(30000.0f))
                .body("projects.find { it.id == " + twice + " }.credited", equalTo(false))
                .body("projects.find { it.id == " + twice + " }.creditedEventName", equalTo("三月集中签约仪式"))
                .body("projects.find { it.id == " + once + " }.credited", equalTo(true));
        Tokens.as(Tokens.LEADER).get("/api/events/" + march).then().body("creditedProjectCount", equalTo(1));
        Tokens.as(Tokens.OFFICER)
                .get("/api/projects/" + twice)
                .then()
                .body("events[0].id", equalTo(march))
                .body("events[0].credited", equalTo(true))
                .body("events[1].credited", equalTo(false));
        Tokens.as(Tokens.LEADER)
                .get("/api/cockpit?asOf=2026-11-20&unitId=" + unit)
                .then()
                .statusCode(200)
                .body("events", equalTo(2))
                .body("eventSignedProjects", equalTo(2));

        Tokens.as(Tokens.OFFICER)
                .delete("/api/events/" + march + "/projects/" + twice)
                .then()
                .statusCode(200);
        Tokens.as(Tokens.AUDITOR)
                .get("/api/audit?entity=EventProject&id=" + march + ":" + twice)
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("DELETE", "CREATE"))
                .body("items[0].actor", equalTo(Tokens.OFFICER))
                .body("items[1].changes.project.after", equalTo(twice));
        Tokens.as(Tokens.LEADER).get("/api/events/" + july).then().body("creditedProjectCount", equalTo(2));
    }

    @Test
    void anotherUnitsOfficerSeesTheEventButNotTheProjectsOfOtherUnits() {
        EngagementFixtures.units();
        int event = event("他单位项目可见性签约会", "2026-04-18");
        int firm = EngagementFixtures.firm("他单位项目投资方有限公司");
        int project = project("他单位不可见的签约项目", firm);
        link(event, project);
        Tokens.as(Tokens.OFFICER2)
                .get("/api/enterprises/" + firm + "/timeline")
                .then()
                .statusCode(200)
                .body("find { it.kind == 'PROJECT' }.restricted", equalTo(true))
                .body("find { it.kind == 'PROJECT' }.title", org.hamcrest.Matchers.nullValue());
        Tokens.as(Tokens.OFFICER2)
                .get("/api/events/" + event)
                .then()
                .statusCode(200)
                .body("name", equalTo("他单位项目可见性签约会"))
                .body("projects.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(project)));
        Tokens.as(Tokens.LEADER)
                .get("/api/events/" + event)
                .then()
                .body("projects.id", org.hamcrest.Matchers.hasItem(project));
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
        int trip = Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(led)
                .post("/api/trips")
                .then()
                .statusCode(201)
                .body("leaderLed", equalTo(true))
                .extract()
                .path("id");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(plain)
                .post("/api/trips")
                .then()
                .statusCode(201)
                .body("leaderLed", equalTo(false));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title", "倒序日期", "cities", List.of("北京"), "startDate", "2026-05-02", "endDate", "2026-05-01"))
                .post("/api/trips")
                .then()
                .statusCode(400)
                .body("code", equalTo("trip.dates_order"));
        Tokens.as(Tokens.LEADER)
                .get("/api/cockpit?asOf=2026-11-20&unitId=" + unit)
                .then()
                .body("trips", equalTo(1))
                .body("tripsTotal", equalTo(2));

        int firm = EngagementFixtures.firm("出访拜访测试有限公司");
        Map<String, Object> visit = EngagementFixtures.visit(firm, "2026-04-02");
        visit.put("tripId", trip);
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(visit)
                .post("/api/visits")
                .then()
                .statusCode(201);
        Tokens.as(Tokens.LEADER)
                .get("/api/trips/" + trip)
                .then()
                .statusCode(200)
                .body("visitCount", equalTo(1))
                .body("visits[0].enterpriseName", equalTo("出访拜访测试有限公司"));
        // Another unit's officer reads the trip, but counts only what the unit rule lets them open: no "走访 1"
        // over an empty list.
        Tokens.as(Tokens.OFFICER2)
                .get("/api/trips/" + trip)
                .then()
                .statusCode(200)
                .body("visitCount", equalTo(0))
                .body("visits.size()", equalTo(0));
        Tokens.as(Tokens.OFFICER2)
                .get("/api/trips?unitId=" + unit)
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + trip + " }.visitCount", equalTo(0));
        Tokens.as(Tokens.OFFICER)
                .get("/api/trips?unitId=" + unit)
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + trip + " }.visitCount", equalTo(1));
        Tokens.as(Tokens.OFFICER)
                .header("If-Match", "\"0\"")
                .delete("/api/trips/" + trip)
                .then()
                .statusCode(409)
                .body("code", equalTo("trip.in_use"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/enterprises/" + firm + "/timeline")
                .then()
                .statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("VISIT", "TRIP"));
        Tokens.as(Tokens.OFFICER2)
                .get("/api/enterprises/" + firm + "/timeline")
                .then()
                .statusCode(200)
                .body("find { it.kind == 'VISIT' }.restricted", equalTo(true))
                .body("find { it.kind == 'VISIT' }.title", org.hamcrest.Matchers.nullValue())
                .body("find { it.kind == 'TRIP' }.restricted", equalTo(false));
    }
}
