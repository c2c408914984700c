package io.attract.project;

import static io.attract.project.LedgerSheets.dec;
import static io.attract.project.LedgerSheets.get;
import static io.attract.project.LedgerSheets.preview;
import static io.attract.project.LedgerSheets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The ledger a district keeps, imported as it is kept: a title row, a two-row merged header, amounts in 亿元, place
 * names, a totals row and notes; a unit and a zone the system does not have yet, created from the import; the
 * cockpit then shows the sheet's figures exactly.
 */
@QuarkusTest
class DistrictLedgerImportTest {

    private static final String MONTH = "2024-09";
    /** 推进状态 (column 6) is the ledger's 阶段. */
    private static final String MAPPED = "{\"mapping\": {\"6\": \"STAGE\"}";

    private static String options(String suffix, String action) {
        return MAPPED + ", \"resolutions\": ["
                + "{\"kind\": \"UNIT\", \"name\": \"北园街道" + suffix + "\", \"action\": \"" + action + "\"},"
                + "{\"kind\": \"ZONE\", \"name\": \"北部智造组团" + suffix + "\", \"action\": \"" + action + "\"}]}";
    }

    @Test
    void theWizardSeesTheTableTheMonthAndTheColumnsOfAWorkbookWithAnInstructionsSheet() throws Exception {
        String suffix = "P" + System.nanoTime() % 100000;
        DistrictLedgers.Sheet ledger = DistrictLedgers.januaryToSeptember(suffix, new BigDecimal(2300));
        ledger.rows().get(2).set(14, "情况说明"); // a shape of its own: no mapping remembered from another test
        byte[] xls = DistrictLedgers.xls(DistrictLedgers.instructions(), ledger);
        JsonPath p = preview(Tokens.STATS, "台账.xls", xls)
                .statusCode(200)
                .body("sheets", contains("填表说明", "1-9月台账"))
                .body("sheet", equalTo("1-9月台账"))
                .body("title", equalTo("天桥区2024年1-9月重点招商项目推进台账"))
                .body("headerRows", contains(3, 4))
                .body("month", equalTo(MONTH))
                .body("monthSource", equalTo("TITLE"))
                .body("dataRows", equalTo(3))
                .body("rows", hasSize(3))
                .body("rows[0].row", equalTo(5))
                .body("remembered", equalTo(false))
                // 负责单位 merged over rows 5-7 is every row's unit
                .body("rows.cells.collect { it[4] }", contains("北园街道" + suffix, "北园街道" + suffix, "北园街道" + suffix))
                .extract()
                .jsonPath();
        Map<String, Object> columns = Map.of(
                "项目名称",
                "NAME",
                "投资方所在地",
                "ORIGIN",
                "负责单位",
                "UNIT",
                "签约时间",
                "SIGNED_ON",
                "总投资（亿元）",
                "TOTAL",
                "到位资金/当月",
                "FUNDS_MONTH",
                "到位资金/1-9月累计",
                "FUNDS_YEAR",
                "到位资金/历年累计",
                "FUNDS_ALL",
                "实际使用外资（万美元）",
                "FOREIGN_USD_YEAR",
                "联系领导",
                "SPONSOR");
        columns.forEach(
                (header, field) -> assertThat(p.getString("columns.find { it.header == '" + header + "' }.field"))
                        .as(header)
                        .isEqualTo(field));
        assertThat(p.getString("columns.find { it.header == '推进状态' }.field")).isNull();
        assertThat(p.getString("columns.find { it.header == '总投资（亿元）' }.multiplier"))
                .isEqualTo("10000");
        assertThat(p.getList("skipped.reason", String.class)).contains("合计行").anyMatch(r -> r.startsWith("表尾说明"));

        // without 阶段 the check says which column is missing; nothing else is read
        upload(Tokens.STATS, "台账.xls", xls, MONTH, true)
                .body("status", equalTo("REJECTED"))
                .body("errors.column", hasItem("阶段"))
                .body("errors[0].message", containsString("对应关系"));
    }

    @Test
    void aStatisticianImportsTheLedgerCreatingItsUnitAndZoneAndTheCockpitShowsItsFigures() throws Exception {
        String suffix = "J" + System.nanoTime() % 100000;
        byte[] sheet = DistrictLedgers.xlsx(DistrictLedgers.januaryToSeptember(suffix, new BigDecimal(2300)));

        // unknown names are told once each, with the rows that use them; nothing is written by a check
        upload(Tokens.STATS, "天桥区台账.xlsx", sheet, MONTH, true, MAPPED + "}")
                .body("status", equalTo("REJECTED"))
                .body("errors", empty())
                .body("unresolved", hasSize(2))
                .body("unresolved.kind", contains("UNIT", "ZONE"))
                .body("unresolved[0].name", equalTo("北园街道" + suffix))
                .body("unresolved[0].rows", contains(5, 6, 7))
                .body("unresolved[0].count", equalTo(3))
                .body("unresolved[0].canCreate", equalTo(true))
                .body("skipped.row", contains(8, 10, 11))
                .body("totals", empty());
        upload(Tokens.STATS, "天桥区台账.xlsx", sheet, MONTH, true, options(suffix, "CREATE"))
                .body("status", equalTo("VALID"))
                .body("created", equalTo(3))
                .body("unresolved", empty());
        Api.get(Tokens.ADMIN, "/api/units")
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(hasItem("北园街道" + suffix)));

        upload(Tokens.STATS, "天桥区台账.xlsx", sheet, MONTH, false, options(suffix, "CREATE"))
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(3))
                .body("month", equalTo(MONTH));
        int unitId = Api.get(Tokens.ADMIN, "/api/units")
                .statusCode(200)
                .extract()
                .path("items.find { it.name == '北园街道" + suffix + "' }.id");

        JsonPath cockpit = get("/api/cockpit", "asOf", "2024-09-30", "unitId", unitId)
                .extract()
                .jsonPath();
        assertThat(cockpit.getInt("projects.newThisYear.signed")).isEqualTo(3);
        assertThat(cockpit.getInt("projects.newThisMonth.signed")).isEqualTo(2);
        assertThat(new BigDecimal(cockpit.getString("totalInvestment"))).isEqualByComparingTo("45000");
        assertThat(new BigDecimal(cockpit.getString("fundsArrived.month"))).isEqualByComparingTo("1100");
        assertThat(new BigDecimal(cockpit.getString("fundsArrived.yearToDate"))).isEqualByComparingTo("2300");
        assertThat(new BigDecimal(cockpit.getString("foreignUsedUsd.yearToDate")))
                .isEqualByComparingTo("140");
        assertThat(new BigDecimal(cockpit.getString("foreignUsedUsd.month"))).isEqualByComparingTo("140");

        // place names became codes and tiers; the zone and the sponsor came along
        int id = LedgerSheets.projectId("跨境医疗器械项目" + suffix);
        get("/api/projects/" + id)
                .body("originTier", equalTo("OVERSEAS"))
                .body("sponsorLeader", equalTo("王区长"))
                .body("zoneName", equalTo("北部智造组团" + suffix))
                .body("totalInvestment", comparesEqualTo(dec("12000")));
        int beijing = LedgerSheets.projectId("智能装备产业园项目" + suffix);
        get("/api/projects/" + beijing).body("originTier", equalTo("OUT_OF_PROVINCE"));

        // next month's file of the same shape: the mapping is remembered; the same file again changes nothing
        preview(Tokens.STATS, "天桥区台账.xlsx", sheet)
                .body("remembered", equalTo(true))
                .body("columns.find { it.header == '推进状态' }.field", equalTo("STAGE"));
        upload(Tokens.STATS, "天桥区台账.xlsx", sheet, MONTH, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(3));
    }

    @Test
    void aTotalsRowThatDoesNotAddUpIsAWarningAndTheReportComesBackAsTheUsersSheet() throws Exception {
        String suffix = "T" + System.nanoTime() % 100000;
        byte[] sheet = DistrictLedgers.xlsx(DistrictLedgers.januaryToSeptember(suffix, new BigDecimal(2350)));
        upload(Tokens.STATS, "台账.xlsx", sheet, MONTH, true, MAPPED + "}")
                .body("totals", hasSize(1))
                .body("totals[0].row", equalTo(8))
                .body("totals[0].column", equalTo("到位资金/1-9月累计"))
                .body("totals[0].sheet", equalTo("2350"))
                .body("totals[0].rows", equalTo("2300"))
                .body("warnings.message", hasItem(containsString("2350")));

        byte[] annotated = Tokens.as(Tokens.STATS)
                .multiPart("file", "台账.xlsx", sheet)
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(MAPPED + "}")
                        .controlName("options")
                        .charset("UTF-8")
                        .build())
                .queryParam("month", MONTH)
                .post("/api/projects/import/annotated")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(annotated))) {
            List<org.dhatim.fastexcel.reader.Row> rows =
                    workbook.getFirstSheet().read();
            org.dhatim.fastexcel.reader.Row header =
                    rows.stream().filter(r -> r.getRowNum() == 4).findFirst().orElseThrow();
            int last = header.getCellCount() - 1;
            assertThat(header.getCellText(last)).isEqualTo("错误说明");
            org.dhatim.fastexcel.reader.Row first =
                    rows.stream().filter(r -> r.getRowNum() == 5).findFirst().orElseThrow();
            assertThat(first.getCellText(1)).isEqualTo("智能装备产业园项目" + suffix);
            assertThat(first.getCellText(last)).contains("北园街道" + suffix).contains("不存在");
        }
    }

    @Test
    void theEventsAndTripsASheetNamesAreLinkedAndOtherNamesStayText() {
        LedgerSheets.TestUnit unit = LedgerSheets.units()[0];
        String tag = "关联" + System.nanoTime() % 1000000;
        int event = Tokens.as(Tokens.OFFICER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", tag + "新材料推介会", "kind", "SIGNING", "role", "HOSTED", "heldOn", "2024-05-10"))
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int trip = Tokens.as(Tokens.OFFICER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "title",
                        tag + "赴深圳招商",
                        "cities",
                        List.of("深圳"),
                        "startDate",
                        "2024-04-01",
                        "endDate",
                        "2024-04-03"))
                .post("/api/trips")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String csv = "项目名称,阶段,签约日期,关联活动,责任单位\n"
                + tag + "甲项目,签约,2024-05-10," + tag + "新材料推介会、" + tag + "赴深圳招商," + unit.code() + "\n"
                + tag + "乙项目,签约,2024-06-01,某不存在的洽谈会," + unit.code() + "\n";
        upload(Tokens.STATS, "关联.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "2024-06", false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(2))
                .body("warnings.message", hasItem(containsString("某不存在的洽谈会")));
        get("/api/projects/" + LedgerSheets.projectId(tag + "甲项目"))
                .body("tripId", equalTo(trip))
                .body("events.id", contains(event))
                .body("source", containsString("推介会"));
        get("/api/projects/" + LedgerSheets.projectId(tag + "乙项目"))
                .body("tripId", nullValue())
                .body("events", empty())
                .body("source", equalTo("某不存在的洽谈会"));
    }

    @Test
    void onlyStatisticiansAndAdminsCreateUnitsAndZonesFromAnImport() throws Exception {
        String suffix = "O" + System.nanoTime() % 100000;
        byte[] sheet = DistrictLedgers.xlsx(DistrictLedgers.januaryToSeptember(suffix, new BigDecimal(2300)));
        LedgerSheets.TestUnit own = LedgerSheets.units()[0]; // the officer's unit
        upload(Tokens.OFFICER, "台账.xlsx", sheet, MONTH, true, MAPPED + "}")
                .body("unresolved[0].canCreate", equalTo(false));
        // an officer maps the names to records the system has: their own unit and an existing zone
        int zone = Tokens.as(Tokens.ADMIN)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "code",
                        "zone-" + suffix.toLowerCase(),
                        "name",
                        "北部组团" + suffix,
                        "kind",
                        "CLUSTER",
                        "sortOrder",
                        9))
                .post("/api/zones")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        upload(
                        Tokens.OFFICER,
                        "台账.xlsx",
                        sheet,
                        MONTH,
                        true,
                        MAPPED + ", \"resolutions\": ["
                                + "{\"kind\": \"UNIT\", \"name\": \"北园街道" + suffix + "\", \"action\": \"MAP\", \"id\": "
                                + own.id() + "},"
                                + "{\"kind\": \"ZONE\", \"name\": \"北部智造组团" + suffix
                                + "\", \"action\": \"MAP\", \"id\": " + zone + "}]}")
                .body("status", equalTo("VALID"))
                .body("created", equalTo(3))
                .body("unresolved", empty());
        upload(Tokens.OFFICER, "台账.xlsx", sheet, MONTH, true, options(suffix, "CREATE"))
                .body("state", equalTo("FAILED"))
                .body("problem.code", equalTo("import.create_forbidden"));
        upload(Tokens.STATS, "台账.xlsx", sheet, MONTH, true, "{\"mapping\": {\"99\": \"NOPE\"}}")
                .statusCode(400)
                .body("code", equalTo("import.bad_options"));
        upload(
                        Tokens.STATS,
                        "空表.csv",
                        "序号,项目名称,阶段,责任单位\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        MONTH,
                        true)
                .body("status", equalTo("REJECTED"))
                .body("errors[0].message", containsString("没有项目行"))
                .body("month", equalTo(MONTH))
                .body("unresolved", empty())
                .body("warnings", empty())
                .body("sheet", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].column", equalTo(""))
                .body("rows", equalTo(0))
                .body("applied", equalTo(false))
                .body("skipped", empty())
                .body("totals", empty())
                .body("headerRows", contains(1))
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(1))
                .body("state", nullValue());
    }
}
