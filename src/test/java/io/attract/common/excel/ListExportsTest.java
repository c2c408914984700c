package io.attract.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #22, item 2: every list as .xlsx with the list's filters and unit rule, read back. Each export is asked with
 * a filter that leaves out one of this test's rows of the caller's unit; officer2 keeps another unit's row that the
 * officer must not get. Money is a number in 万元 with #,##0.00, names that start with = stay text, and the footer
 * names the exporter.
 */
@QuarkusTest
class ListExportsTest {

    private static final String TAG = Fixtures.uniqueCode("exp");
    private static boolean made;

    /** The rows: kept (the officer's unit, matching), filtered out (the officer's unit) and another unit's. */
    private static synchronized void make() {
        if (made) {
            return;
        }
        EngagementFixtures.units();
        int firm = EngagementFixtures.firm(TAG + " 公司");
        int kept = project(Tokens.OFFICER, "=" + TAG + " 保留", "SIGNED");
        project(Tokens.OFFICER, TAG + " 在谈", "NEGOTIATING");
        int other = project(Tokens.OFFICER2, TAG + " 他单位", "SIGNED");
        coordination(kept, "=" + TAG + " 保留");
        coordination(other, TAG + " 他单位");
        visit(Tokens.OFFICER, firm, "ON_SITE", "=" + TAG + " 保留");
        visit(Tokens.OFFICER, firm, "PHONE", TAG + " 电话");
        visit(Tokens.OFFICER2, firm, "ON_SITE", TAG + " 他单位");
        lead(Tokens.OFFICER, "=" + TAG + " 保留", "REFERRAL");
        lead(Tokens.OFFICER, TAG + " 展会", "EXPO");
        lead(Tokens.OFFICER2, TAG + " 他单位", "REFERRAL");
        post(Tokens.OFFICER, "/api/trips", trip("=" + TAG + " 保留", "张强"));
        post(Tokens.OFFICER, "/api/trips", trip(TAG + " 无领导", null));
        post(Tokens.OFFICER, "/api/events", event("=" + TAG + " 保留", "SIGNING"));
        post(Tokens.OFFICER, "/api/events", event(TAG + " 推介", "PROMOTION"));
        made = true;
    }

    static Stream<Arguments> lists() {
        String q = "q=" + TAG;
        return Stream.of(
                Arguments.of("/api/projects/export?" + q + "&stage=SIGNED", "项目名称", "总投资(万元)", true),
                Arguments.of("/api/projects/coordination/export", "需协调事项", null, true),
                Arguments.of("/api/visits/export?" + q + "&kind=ON_SITE", "走访纪要", null, true),
                Arguments.of("/api/leads/export?" + q + "&source=REFERRAL", "线索", null, true),
                Arguments.of("/api/trips/export?" + q + "&leaderLed=true", "出访名称", null, false),
                Arguments.of("/api/events/export?" + q + "&kind=SIGNING", "活动名称", null, false));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void theListOnScreenWithItsFiltersAndUnit(String url, String nameColumn, String money, boolean unitScoped)
            throws Exception {
        make();
        ExtractableResponse<Response> answer =
                Api.get(Tokens.OFFICER, url).statusCode(200).extract();
        assertThat(answer.header("Content-Disposition")).contains("filename*=UTF-8''");
        byte[] xlsx = answer.asByteArray();
        List<Map<String, Cell>> rows = ours(read(xlsx), nameColumn);

        assertThat(rows)
                .as("only the kept row: filtered, and not another unit's")
                .hasSize(1);
        Cell name = rows.get(0).get(nameColumn);
        assertThat(name.getType()).isEqualTo(CellType.STRING);
        assertThat(name.asString()).as("formula-safe").startsWith("'=" + TAG);
        if (money != null) {
            Cell amount = rows.get(0).get(money);
            assertThat(amount.getType()).isEqualTo(CellType.NUMBER);
            assertThat(amount.asNumber()).isEqualByComparingTo(new BigDecimal("12345.67"));
            assertThat(amount.getDataFormatString()).isEqualTo("#,##0.00");
        }
        assertThat(CopyMarkTest.footer(xlsx)).contains("（officer）", " 导出于 ");

        if (unitScoped) {
            byte[] theirs = Api.download(Tokens.OFFICER2, url);
            assertThat(ours(read(theirs), nameColumn))
                    .as("another unit's officer gets only their own")
                    .extracting(r -> r.get(nameColumn).asString())
                    .noneMatch(text -> text.contains("保留"));
        }
    }

    @Test
    void theRankingAsOnScreen() throws Exception {
        List<String> units = Api.get(Tokens.STATS, "/api/ranking?year=2019")
                .statusCode(200)
                .extract()
                .path("units.unitName");
        byte[] xlsx = Api.download(Tokens.STATS, "/api/ranking/export?year=2019");
        List<Map<String, Cell>> rows = read(xlsx);
        assertThat(rows).extracting(r -> r.get("单位").asString()).containsExactlyElementsOf(units);
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.get("截至日期").getDataFormatString()).isEqualTo("yyyy-mm-dd"));
        assertThat(CopyMarkTest.footer(xlsx)).contains("（stats）");
    }

    @Test
    void aVisitExportNamesContactsSoItIsAudited() throws Exception {
        make();
        Api.get(Tokens.UNIT_HEAD, "/api/visits/export?q=" + TAG).statusCode(200);
        List<String> filters = List.of();
        for (int i = 0; i < 50 && !filters.contains("q=" + TAG); i++) {
            Thread.sleep(100); // written after the answer
            filters = Api.get(Tokens.AUDITOR, "/api/audit?action=EXPORT&actor=unithead")
                    .statusCode(200)
                    .body(
                            "items.record",
                            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("/api/visits/export")))
                    .extract()
                    .path("items.readable.flatten().after");
        }
        assertThat(filters).contains("q=" + TAG);
    }

    /** The rows of this test (their name column mentions the tag). */
    private static List<Map<String, Cell>> ours(List<Map<String, Cell>> rows, String nameColumn) {
        return rows.stream()
                .filter(r -> r.get(nameColumn) != null
                        && r.get(nameColumn).asString().contains(TAG))
                .toList();
    }

    /** Each data row by its header. */
    static List<Map<String, Cell>> read(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> all = workbook.getFirstSheet().read();
            List<String> headers = new ArrayList<>();
            all.get(0).forEach(c -> headers.add(c.asString()));
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (Row row : all.subList(1, all.size())) {
                Map<String, Cell> byHeader = new LinkedHashMap<>();
                row.forEach(c -> {
                    if (c != null && c.getColumnIndex() < headers.size()) {
                        byHeader.put(headers.get(c.getColumnIndex()), c);
                    }
                });
                rows.add(byHeader);
            }
            return rows;
        }
    }

    private static int post(String user, String path, Map<String, Object> body) {
        return Api.post(user, path, body)
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static final Map<String, Object> SIGNED =
            Map.of("toStage", "SIGNED", "effectiveDate", "2019-05-02", "agreementType", "FORMAL");

    private static int project(String user, String name, String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("pool", "PROMOTION");
        body.put("totalInvestment", new BigDecimal("12345.67"));
        body.put("investorEnterpriseIds", List.of());
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", "2019-05-01");
        int id = post(user, "/api/projects", body);
        if (stage.equals("SIGNED")) {
            post(user, "/api/projects/" + id + "/transitions", SIGNED);
        }
        return id;
    }

    private static void coordination(int project, String content) {
        String user = content.contains("他单位") ? Tokens.OFFICER2 : Tokens.OFFICER;
        post(
                user,
                "/api/projects/" + project + "/worklog",
                Map.of("loggedOn", "2019-05-02", "kind", "COORDINATION", "content", content));
    }

    private static void visit(String user, int firm, String kind, String summary) {
        Map<String, Object> body = EngagementFixtures.visit(firm, "2019-05-03");
        body.put("kind", kind);
        body.put("summary", summary);
        post(user, "/api/visits", body);
    }

    private static void lead(String user, String title, String source) {
        Map<String, Object> body = EngagementFixtures.lead(title, "2019-05-04", null);
        body.put("source", source);
        EngagementFixtures.createLead(user, body);
    }

    private static Map<String, Object> trip(String title, String leader) {
        Map<String, Object> body = new HashMap<>(
                Map.of("title", title, "cities", List.of("苏州"), "startDate", "2019-05-05", "endDate", "2019-05-06"));
        if (leader != null) {
            body.put("leaderName", leader);
        }
        return body;
    }

    private static Map<String, Object> event(String name, String kind) {
        return Map.of("name", name, "kind", kind, "role", "HOSTED", "heldOn", "2019-05-07", "place", "天桥区会议中心");
    }
}
