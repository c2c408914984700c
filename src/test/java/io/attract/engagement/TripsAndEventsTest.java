package io.attract.engagement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trips and events share one shape: filters, paging, the unit that may change them, versions, not found. */
@QuarkusTest
class TripsAndEventsTest {

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
        int led = Api.create(Tokens.OFFICER, "/api/trips", trip(tag + " 赴深圳招商", "张强", "2019-03-01"));
        int plain = Api.create(Tokens.OFFICER, "/api/trips", trip(tag + " 赴苏州拜访", null, "2019-06-01"));
        Api.post(Tokens.OFFICER, "/api/trips", trip(tag + " 往年出访", null, "2018-06-01"))
                .statusCode(201);

        Api.get(Tokens.LEADER, "/api/trips?q=" + tag + "&year=2019&sort=startDate")
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(led, plain));
        Api.get(Tokens.LEADER, "/api/trips?q=" + tag + "&leaderLed=false")
                .body("items.title", containsInAnyOrder(tag + " 赴苏州拜访", tag + " 往年出访"));
        Api.get(Tokens.LEADER, "/api/trips?q=" + tag + "&from=2019-02-01&to=2019-05-31")
                .body("items.id", contains(led));
        Api.get(Tokens.LEADER, "/api/trips?q=" + tag + "&size=1&page=1&sort=startDate")
                .body("total", equalTo(3))
                .body("items.title", contains(tag + " 赴深圳招商"));

        Api.put(Tokens.OFFICER2, "/api/trips/" + plain, "\"0\"", trip(tag + " 改名", null, "2019-06-01"))
                .statusCode(403)
                .body("code", equalTo("trip.not_owner"));
        Api.put(Tokens.OFFICER, "/api/trips/" + plain, "\"7\"", trip(tag + " 改名", null, "2019-06-01"))
                .statusCode(412);
        Api.put(Tokens.OFFICER, "/api/trips/" + plain, "\"0\"", trip(tag + " 改名", null, "2019-06-02"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo(tag + " 改名"))
                .body("canEdit", equalTo(true));
        Api.delete(Tokens.OFFICER, "/api/trips/" + plain, "\"1\"").statusCode(204);
        Api.get(Tokens.OFFICER, "/api/trips/" + plain).statusCode(404).body("code", equalTo("trip.not_found"));
    }

    @Test
    void eventsAreFilteredPagedAndChangedByTheirUnitOnly() {
        EngagementFixtures.units();
        String tag = Fixtures.uniqueCode("event");
        int signing = Api.post(Tokens.OFFICER, "/api/events", event(tag + " 集中签约", "SIGNING", "2019-03-28"))
                .statusCode(201)
                .header("Location", containsString("/api/events/"))
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        int forum = Api.create(Tokens.OFFICER, "/api/events", event(tag + " 产业论坛", "FORUM", "2019-06-15"));

        Api.get(Tokens.LEADER, "/api/events?q=" + tag + "&kind=FORUM")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(forum))
                .body("items[0].projectCount", equalTo(0));
        Api.get(Tokens.LEADER, "/api/events?q=" + tag + "&year=2019&from=2019-03-01&to=2019-04-30")
                .body("items.id", contains(signing));
        Api.get(Tokens.LEADER, "/api/events?q=" + tag + "&sort=-heldOn&size=1")
                .body("total", equalTo(2))
                .body("items.id", contains(forum));

        Api.put(Tokens.OFFICER2, "/api/events/" + forum, "\"0\"", event(tag + " 改名", "FORUM", "2019-06-15"))
                .statusCode(403)
                .body("code", equalTo("event.not_owner"));
        Api.get(Tokens.OFFICER2, "/api/events/" + forum).statusCode(200).body("canEdit", equalTo(false));
        Api.put(Tokens.OFFICER, "/api/events/" + forum, "\"0\"", event(tag + " 改名", "FORUM", "2019-06-16"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("heldOn", equalTo("2019-06-16"));
        Api.get(Tokens.OFFICER, "/api/events/999999999").statusCode(404).body("code", equalTo("event.not_found"));
    }
}
