package io.attract.engagement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.attract.support.EngagementFixtures;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trips and events share one shape: filters, paging, the unit that may change them, versions, not found. */
@QuarkusTest
class TripsAndEventsTest {

    private static ValidatableResponse post(String user, String path, Map<String, Object> body) {
        return Tokens.as(user)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static Map<String, Object> trip(String title, String leader, String start) {
        return leader == null
                ? Map.of("title", title, "cities", List.of("苏州"), "startDate", start, "endDate", start)
                : Map.of(
                        "title",
                        title,
                        "leaderName",
                        leader,
                        "cities",
                        List.of("深圳"),
                        "startDate",
                        start,
                        "endDate",
                        start);
    }

    private static Map<String, Object> event(String name, String kind, String heldOn) {
        return Map.of("name", name, "kind", kind, "role", "HOSTED", "heldOn", heldOn, "place", "天桥区会议中心");
    }

    @Test
    void tripsAreFilteredPagedAndChangedByTheirUnitOnly() {
        EngagementFixtures.units();
        String tag = Fixtures.uniqueCode("trip");
        int led = post(Tokens.OFFICER, "/api/trips", trip(tag + " 赴深圳招商", "张强", "2019-03-01"))
                .statusCode(201)
                .extract()
                .path("id");
        int plain = post(Tokens.OFFICER, "/api/trips", trip(tag + " 赴苏州拜访", null, "2019-06-01"))
                .statusCode(201)
                .extract()
                .path("id");
        post(Tokens.OFFICER, "/api/trips", trip(tag + " 往年出访", null, "2018-06-01"))
                .statusCode(201);

        Tokens.as(Tokens.LEADER)
                .get("/api/trips?q=" + tag + "&year=2019&sort=startDate")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(led, plain));
        Tokens.as(Tokens.LEADER)
                .get("/api/trips?q=" + tag + "&leaderLed=false")
                .then()
                .body("items.title", containsInAnyOrder(tag + " 赴苏州拜访", tag + " 往年出访"));
        Tokens.as(Tokens.LEADER)
                .get("/api/trips?q=" + tag + "&from=2019-02-01&to=2019-05-31")
                .then()
                .body("items.id", contains(led));
        Tokens.as(Tokens.LEADER)
                .get("/api/trips?q=" + tag + "&size=1&page=1&sort=startDate")
                .then()
                .body("total", equalTo(3))
                .body("items.title", contains(tag + " 赴深圳招商"));

        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(trip(tag + " 改名", null, "2019-06-01"))
                .put("/api/trips/" + plain)
                .then()
                .statusCode(403)
                .body("code", equalTo("trip.not_owner"));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(trip(tag + " 改名", null, "2019-06-01"))
                .put("/api/trips/" + plain)
                .then()
                .statusCode(412);
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(trip(tag + " 改名", null, "2019-06-02"))
                .put("/api/trips/" + plain)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo(tag + " 改名"))
                .body("canEdit", equalTo(true));
        Tokens.as(Tokens.OFFICER)
                .header("If-Match", "\"1\"")
                .delete("/api/trips/" + plain)
                .then()
                .statusCode(204);
        Tokens.as(Tokens.OFFICER)
                .get("/api/trips/" + plain)
                .then()
                .statusCode(404)
                .body("code", equalTo("trip.not_found"));
    }

    @Test
    void eventsAreFilteredPagedAndChangedByTheirUnitOnly() {
        EngagementFixtures.units();
        String tag = Fixtures.uniqueCode("event");
        int signing = post(Tokens.OFFICER, "/api/events", event(tag + " 集中签约", "SIGNING", "2019-03-28"))
                .statusCode(201)
                .header("Location", containsString("/api/events/"))
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        int forum = post(Tokens.OFFICER, "/api/events", event(tag + " 产业论坛", "FORUM", "2019-06-15"))
                .statusCode(201)
                .extract()
                .path("id");

        Tokens.as(Tokens.LEADER)
                .get("/api/events?q=" + tag + "&kind=FORUM")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(forum))
                .body("items[0].projectCount", equalTo(0));
        Tokens.as(Tokens.LEADER)
                .get("/api/events?q=" + tag + "&year=2019&from=2019-03-01&to=2019-04-30")
                .then()
                .body("items.id", contains(signing));
        Tokens.as(Tokens.LEADER)
                .get("/api/events?q=" + tag + "&sort=-heldOn&size=1")
                .then()
                .body("total", equalTo(2))
                .body("items.id", contains(forum));

        Tokens.as(Tokens.OFFICER2)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(event(tag + " 改名", "FORUM", "2019-06-15"))
                .put("/api/events/" + forum)
                .then()
                .statusCode(403)
                .body("code", equalTo("event.not_owner"));
        Tokens.as(Tokens.OFFICER2)
                .get("/api/events/" + forum)
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(false));
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(event(tag + " 改名", "FORUM", "2019-06-16"))
                .put("/api/events/" + forum)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("heldOn", equalTo("2019-06-16"));
        Tokens.as(Tokens.OFFICER)
                .get("/api/events/999999999")
                .then()
                .statusCode(404)
                .body("code", equalTo("event.not_found"));
    }
}
