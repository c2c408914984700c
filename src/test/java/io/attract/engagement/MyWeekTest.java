package io.attract.engagement;

import static io.attract.support.EngagementFixtures.firm;
import static io.attract.support.EngagementFixtures.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attract.common.time.BusinessDates;
import io.attract.support.Api;
import io.attract.support.InEngagementUnits;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyWeekTest implements InEngagementUnits {

    /** My week reads its visits as rows, not entities: each must be the visit exactly as the visit's own page shows it. */
    @Test
    void aVisitInMyWeekIsTheVisitAsItsPageShowsIt() {
        String today = BusinessDates.today().toString();
        int firm = firm("一周走访行测试有限公司");
        Map<String, Object> body = visit(firm, today);
        body.put("followUpOn", today);
        body.put("nextStep", "下周送方案");
        int id = Api.create(Tokens.OFFICER, "/api/visits", body);
        Map<String, Object> page = Api.get(Tokens.OFFICER, "/api/visits/" + id)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        var week = Api.get(Tokens.OFFICER, "/api/my-week")
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> followUps = week.getList("followUps");
        List<Map<String, Object>> visits = week.getList("visits");
        assertEquals(
                page,
                followUps.stream()
                        .filter(v -> ((Number) v.get("id")).intValue() == id)
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                page,
                visits.stream()
                        .filter(v -> ((Number) v.get("id")).intValue() == id)
                        .findFirst()
                        .orElseThrow());

        var unit = Api.get(Tokens.UNIT_HEAD, "/api/my-week?scope=unit")
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> asHead = unit.<Map<String, Object>>getList("visits").stream()
                .filter(v -> ((Number) v.get("id")).intValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(page.get("ourParticipants"), asHead.get("ourParticipants"));
        Api.get(Tokens.OFFICER2, "/api/my-week").statusCode(200);
        assertEquals(
                List.of(),
                Api.get(Tokens.OFFICER2, "/api/my-week")
                        .extract()
                        .jsonPath()
                        .getList("visits.findAll { it.id == " + id + " }"));
    }
}
