package io.attract.support;

import io.attract.enterprise.CreditCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units, firms, visits and leads made through the API for the engagement tests. */
public final class EngagementFixtures {

    private EngagementFixtures() {}

    /** The officer and unit head in one fresh unit, officer2 in another; returns {own, other}. */
    public static long[] units() {
        long own = Fixtures.unitOf("eng-own", Tokens.OFFICER, Tokens.UNIT_HEAD);
        long other = Fixtures.unitOf("eng-other", Tokens.OFFICER2);
        return new long[] {own, other};
    }

    public static int firm(String name) {
        return Api.create(
                Tokens.OFFICER,
                "/api/enterprises",
                Map.of(
                        "name",
                        name,
                        "status",
                        "FOLLOWING",
                        "creditCode",
                        CreditCodes.next(),
                        "contacts",
                        List.of(Map.of("name", "钱总", "title", "董事长", "phone", "13800000000"))));
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
        return Api.create(username, "/api/leads", body);
    }
}
