package io.attract.holiday;

import static io.attract.support.EngagementFixtures.createLead;
import static io.attract.support.EngagementFixtures.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 节假日安排 (issue #22, ADR 0027): the shipped years, the admin's changes, and the lead clocks counting with them. */
@QuarkusTest
class HolidayResourceTest {

    @BeforeEach
    void units() {
        EngagementFixtures.units();
    }

    @Test
    void theYearsAreShippedAsTheStateCouncilAnnouncedThem() {
        JsonPath y2025 = year(Tokens.OFFICER, 2025);
        assertThat(y2025.getList("items.findAll { it.kind == 'OFF' }.day", String.class))
                .contains("2025-01-28", "2025-02-04", "2025-05-01", "2025-05-05", "2025-10-01", "2025-10-08")
                .hasSize(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(y2025.getList("items.findAll { it.kind == 'WORKDAY' }.day", String.class))
                .containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        assertThat(year(Tokens.LEADER, 2026).getList("items.findAll { it.kind == 'WORKDAY' }.day", String.class))
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(year(Tokens.OFFICER, 2023).getList("items.day", String.class))
                .contains("2023-01-21", "2023-01-29", "2023-10-08");
        assertThat(year(Tokens.OFFICER, 2024).getList("items.day", String.class))
                .contains("2024-02-10", "2024-02-18", "2024-10-12");
        // 2027: only the statutory days of fixed date until the admin enters the announcement.
        assertThat(year(Tokens.OFFICER, 2027).getList("items.day", String.class))
                .containsExactly("2027-01-01", "2027-05-01", "2027-05-02", "2027-10-01", "2027-10-02", "2027-10-03");
    }

    @Test
    void everyShippedTiaoxiuWorkingDayIsASaturdayOrSunday() {
        for (int y = 2023; y <= 2027; y++) {
            for (String day :
                    year(Tokens.ADMIN, y).getList("items.findAll { it.kind == 'WORKDAY' }.day", String.class)) {
                assertThat(LocalDate.parse(day).getDayOfWeek()).as(day).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
    }

    @Test
    void theAdminAddsChangesAndRemovesADayAndEachChangeIsAudited() {
        Map<String, Object> day = Map.of("day", "2031-03-08", "kind", "OFF", "name", "测试假日");
        Api.post(Tokens.OFFICER, "/api/holidays", day).statusCode(403);
        int id = Api.post(Tokens.ADMIN, "/api/holidays", day)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        Api.post(Tokens.ADMIN, "/api/holidays", Map.of("day", "2031-03-08", "kind", "WORKDAY", "name", "重复"))
                .statusCode(409)
                .body("code", equalTo("holiday.day_taken"));
        Api.put(
                        Tokens.ADMIN,
                        "/api/holidays/" + id,
                        "\"0\"",
                        Map.of("day", "2031-03-08", "kind", "WORKDAY", "name", "测试调休"))
                .statusCode(200)
                .body("kind", equalTo("WORKDAY"));
        Api.get(Tokens.STATS, "/api/audit", "entity", "Holiday", "id", id)
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].entityLabel", equalTo("节假日安排"))
                .body("items[0].record", equalTo("2031-03-08 测试调休"))
                .body("items[0].readable.find { it.field == 'kind' }.after", equalTo("调休上班"));
        Api.delete(Tokens.ADMIN, "/api/holidays/" + id, "\"1\"").statusCode(204);
        assertThat(year(Tokens.ADMIN, 2031).getList("items")).isEmpty();
        Api.get(Tokens.STATS, "/api/audit", "entity", "Holiday", "id", id).body("items.action", hasItem("DELETE"));
    }

    @Test
    void badDaysAreRefusedInChinese() {
        // Wednesday 2031-03-12 is a working day already: no 调休 needed.
        Api.post(Tokens.ADMIN, "/api/holidays", Map.of("day", "2031-03-12", "kind", "WORKDAY", "name", "调休"))
                .statusCode(400)
                .body("code", equalTo("holiday.workday_not_weekend"));
        Api.post(Tokens.ADMIN, "/api/holidays", Map.of("day", "2031-03-12", "kind", "OFF", "name", ""))
                .statusCode(400);
        Api.get(Tokens.OFFICER, "/api/holidays", "year", 1900).statusCode(400);
        Api.get(Tokens.OFFICER, "/api/holidays").statusCode(400);
    }

    /**
     * A lead received on Friday 26 September 2025, before 国庆: with working-day clocks, Sunday the 28th (调休) counts,
     * 1–8 October do not, Saturday 11 October does; and an admin's new day off moves the due dates of open leads.
     */
    @Test
    void theLeadClocksCountWorkingDaysAcrossTheHolidayAndATiaoxiuWeekendDay() {
        long version = ((Number) Api.get(Tokens.ADMIN, "/api/leads/clock-rules")
                        .extract()
                        .path("version"))
                .longValue();
        setClockRules(version, true);
        try {
            int id = createLead(Tokens.OFFICER, lead("国庆前收到的线索", "2025-09-26", null));
            assertThat(dues(id)).containsExactly("2025-09-28", "2025-10-09", "2025-10-13");

            int extra = Api.create(
                    Tokens.ADMIN, "/api/holidays", Map.of("day", "2025-09-29", "kind", "OFF", "name", "测试假日"));
            assertThat(dues(id)).containsExactly("2025-09-28", "2025-10-10", "2025-10-14");
            Api.delete(Tokens.ADMIN, "/api/holidays/" + extra, "\"0\"").statusCode(204);
            assertThat(dues(id)).containsExactly("2025-09-28", "2025-10-09", "2025-10-13");
        } finally {
            setClockRules(version + 1, false);
        }
    }

    /** respond 1, assess 4, feedback 7 days. */
    private static void setClockRules(long version, boolean workingDays) {
        Api.put(
                        Tokens.ADMIN,
                        "/api/leads/clock-rules",
                        "\"" + version + "\"",
                        Map.of(
                                "respondDays", 1,
                                "assessDays", workingDays ? 4 : 3,
                                "feedbackDays", 7,
                                "progressEveryDays", 14,
                                "workingDays", workingDays))
                .statusCode(200);
    }

    private static List<String> dues(int lead) {
        return Api.get(Tokens.OFFICER, "/api/leads/" + lead)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("clocks.dueOn", String.class)
                .subList(0, 3);
    }

    private static JsonPath year(String user, int year) {
        return Api.get(user, "/api/holidays", "year", year)
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
