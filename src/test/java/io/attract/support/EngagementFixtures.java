package io.attract.support;

import io.attract.enterprise.CreditCodes;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units, firms, visits and leads made through the API for the engagement tests. */
public final class EngagementFixtures {

    private EngagementFixtures() {}

    /** The officer and unit head in one fresh unit, officer2 in another; returns {own, other}. */
    public static long[] units() {
        long own = Fixtures.unit(Fixtures.uniqueCode("eng-own"));
        long other = Fixtures.unit(Fixtures.uniqueCode("eng-other"));
        Fixtures.assign(Tokens.OFFICER, own);
        Fixtures.assign(Tokens.UNIT_HEAD, own);
        Fixtures.assign(Tokens.OFFICER2, other);
        return new long[] {own, other};
    }

    public static int firm(String name) {
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "status",
                        "FOLLOWING",
                        "creditCode",
                        CreditCodes.next(),
                        "contacts",
                        List.of(Map.of("name", "钱总", "title", "董事长", "phone", "13800000000"))))
                .post("/api/enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> visit(int firm, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitedOn", date);
        body.put("enterpriseId", firm);
        body.put("kind", "ON_SITE");
        body.put("summary", "介绍园区载体，企业有扩产意向。");
        body.put("intent", "CLEAR");
        return body;
    }

    public static Map<String, Object> lead(String title, String receivedOn, Integer firm) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("source", "REFERRAL");
        body.put("receivedOn", receivedOn);
        if (firm != null) {
            body.put("enterpriseId", firm);
        }
        return body;
    }

    public static int createLead(String username, Map<String, Object> body) {
        return Tokens.as(username)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
