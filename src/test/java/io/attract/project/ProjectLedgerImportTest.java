package io.attract.project;

import static io.attract.project.LedgerSheets.MONTH;
import static io.attract.project.LedgerSheets.dec;
import static io.attract.project.LedgerSheets.get;
import static io.attract.project.LedgerSheets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.attract.attachment.Attachment;
import io.attract.attachment.TestFiles;
import io.attract.enterprise.CreditCodes;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A first ledger creates projects, firms, stages, funds and work log; later ledgers move projects forward only. */
@QuarkusTest
class ProjectLedgerImportTest {

    private static final List<Object> HEADERS = List.of(
            "项目编号",
            "项目名称",
            "所在库",
            "阶段",
            "是否重点",
            "投资方",
            "统一社会信用代码",
            "企业性质",
            "企业标签",
            "来源地",
            "来源层级",
            "行业(4+N)",
            "招商方式",
            "总投资(万元)",
            "固定资产投资(万元)",
            "当月到位资金(万元)",
            "当年累计到位(万元)",
            "历年累计到位(万元)",
            "当月实际使用外资(万美元)",
            "首谈日期",
            "签约日期",
            "注册日期",
            "责任单位",
            "本月进展",
            "需协调事项");

    private static LedgerSheets.TestUnit unit;

    @BeforeEach
    void units() {
        if (unit == null) {
            unit = LedgerSheets.units()[0];
        }
    }

    @Test
    void aFirstLedgerCreatesProjectsFirmsStagesAndFundsWithExactTotals() throws Exception {
        String tag = "台账" + System.nanoTime();
        String code = Fixtures.uniqueCode("LT");
        String credit = CreditCodes.next();
        byte[] sheet = ledger(
                List.of(
                        code,
                        tag + "新材料项目",
                        "推进库",
                        "签约",
                        "是",
                        tag + "甲科技有限公司",
                        credit,
                        "民企",
                        "瞪羚(2024)；高新技术企业",
                        "440300",
                        "",
                        "新型功能材料",
                        "产业链招商",
                        50000,
                        dec("30000.5"),
                        dec("100.1"),
                        "300.2",
                        "1,000.3",
                        "12.5",
                        "2025-01-10",
                        LocalDate.of(2025, 5, 20),
                        "",
                        unit.code(),
                        "完成签约",
                        "协调用地指标"),
                List.of(
                        "",
                        tag + "商贸项目",
                        "",
                        "搁置",
                        "",
                        tag + "乙商贸有限公司、" + tag + "甲科技有限公司",
                        "",
                        "",
                        "",
                        "",
                        "区内",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "2025/3/5",
                        "",
                        "",
                        unit.name(),
                        "",
                        ""));

        upload(Tokens.OFFICER, "ledger.xlsx", sheet, MONTH, false)
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("rows", equalTo(2))
                .body("created", equalTo(2))
                .body("errors", hasSize(0))
                .body("warnings", hasSize(0));

        int a = LedgerSheets.projectId(code);
        get("/api/projects/" + a)
                .body("stage", equalTo("SIGNED"))
                .body("stageSince", equalTo("2025-05-20"))
                .body("pool", equalTo("PROMOTION"))
                .body("keyProject", equalTo(true))
                .body("originTier", equalTo("OUT_OF_PROVINCE"))
                .body("originTierComputed", equalTo(true))
                .body("industryName", equalTo("新型功能材料"))
                .body("attractionMethod", equalTo("CHAIN"))
                .body("fixedAssetInvestment", comparesEqualTo(dec("30000.5")))
                .body("milestones.negotiatingOn", equalTo("2025-01-10"))
                .body("milestones.signedOn", equalTo("2025-05-20"))
                .body("agreementType", nullValue())
                .body("investors.creditCode", contains(credit))
                .body("unitId", equalTo((int) unit.id()));
        get("/api/projects/" + a + "/transitions")
                .body("toStage", contains("NEGOTIATING", "SIGNED"))
                .body("effectiveDate", contains("2025-01-10", "2025-05-20"))
                .body("note", everyItem(equalTo("台账导入")))
                .body("confirmedBy", everyItem(equalTo(Tokens.OFFICER)))
                .body("confirmedAt", everyItem(notNullValue()));
        get("/api/projects/" + a + "/funds", "asOf", "2025-06-30")
                .body("totals.month", comparesEqualTo(dec("100.1")))
                .body("totals.yearToDate", comparesEqualTo(dec("300.2")))
                .body("totals.allTime", comparesEqualTo(dec("1000.3")))
                .body("totals.foreignUsdMonth", comparesEqualTo(dec("12.5")))
                .body("items.evidence", contains("台账导入 2025-06", "台账期初 2025年1–5月", "台账期初 2025年以前"))
                .body("items.arrivedOn", contains("2025-06-30", "2025-05-31", "2024-12-31"));
        get("/api/projects/" + a + "/worklog")
                .body("kind", containsInAnyOrder("PROGRESS", "COORDINATION"))
                .body("loggedOn", everyItem(equalTo("2025-06-30")));
        get("/api/enterprises", "q", tag).body("total", equalTo(2));
        get("/api/enterprises", "q", credit)
                .body("items[0].status", equalTo("CONVERTED"))
                .body("items[0].ownerUnitId", equalTo((int) unit.id()));

        int b = LedgerSheets.projectId(tag + "商贸项目");
        get("/api/projects/" + b)
                .body("code", startsWith("XM2025-"))
                .body("stage", equalTo("ON_HOLD"))
                .body("originTier", equalTo("LOCAL"))
                .body("investors", hasSize(2));
        get("/api/projects/" + b + "/transitions")
                .body("toStage", contains("NEGOTIATING", "ON_HOLD"))
                .body("effectiveDate", contains("2025-03-05", "2025-06-30"));

        upload(Tokens.OFFICER, "ledger.xlsx", sheet, MONTH, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(2));
        get("/api/projects/" + a + "/funds").body("items", hasSize(3));
        get("/api/projects/" + a + "/transitions").body("$", hasSize(2));
        get("/api/projects/" + a + "/worklog").body("$", hasSize(2));
        get("/api/projects/" + b + "/transitions").body("$", hasSize(2));
        get("/api/enterprises", "q", tag).body("total", equalTo(2));
    }

    @Test
    void aLedgerThatNoLongerNeedsItsMonthEntryTakesTheEntrysSlipWithIt() throws Exception {
        String tag = "回单" + System.nanoTime();
        String code = Fixtures.uniqueCode("LS");
        upload(Tokens.OFFICER, "june.xlsx", row(code, tag, "签约", "2025-05-20", "", "100", "300", "1000"), MONTH, false)
                .body("status", equalTo("APPLIED"));
        int id = LedgerSheets.projectId(code);
        int entry = get("/api/projects/" + id + "/funds", "asOf", "2025-06-30")
                .extract()
                .path("items.find { it.evidence == '台账导入 2025-06' }.id");
        int slip = Tokens.as(Tokens.OFFICER)
                .multiPart("ownerType", "FUND")
                .multiPart("ownerId", String.valueOf(entry))
                .multiPart("file", "slip.pdf", TestFiles.pdf(), "application/pdf")
                .post("/api/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // the corrected ledger has nothing arriving in June: the import's June entry goes, and its slip with it
        upload(Tokens.OFFICER, "june2.xlsx", row(code, tag, "签约", "2025-05-20", "", "0", "200", "900"), MONTH, false)
                .body("status", equalTo("APPLIED"));
        get("/api/projects/" + id + "/funds", "asOf", "2025-06-30")
                .body("items.evidence", not(hasItem("台账导入 2025-06")));
        Api.get(Tokens.OFFICER, "/api/attachments/" + slip + "/content").statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().<Attachment>call(() -> Attachment.findById((long) slip)))
                .as("the slip's record, kept unreachable otherwise")
                .isNull();
    }

    @Test
    void aLaterLedgerMovesForwardAndUpdatesItsMonthButNeverGoesBack() throws Exception {
        String tag = "次月" + System.nanoTime();
        String code = Fixtures.uniqueCode("LT");
        upload(Tokens.OFFICER, "june.xlsx", row(code, tag, "签约", "2025-05-20", "", "100", "300", "1000"), MONTH, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(1));
        int id = LedgerSheets.projectId(code);

        // the code as someone retyped it, in lower case, is still the same project
        julyLedger(
                        Tokens.OFFICER,
                        "july.xlsx",
                        row(code.toLowerCase(), tag, "注册", "2025-05-20", "2025-07-15", "50", "350", "1050"))
                .body("status", equalTo("APPLIED"))
                .body("updated", equalTo(1))
                .body("created", equalTo(0));
        get("/api/projects/" + id)
                .body("stage", equalTo("REGISTERED"))
                .body("milestones.registeredOn", equalTo("2025-07-15"));
        get("/api/projects/" + id + "/worklog").body("loggedOn", contains("2025-07-31", "2025-06-30"));
        get("/api/projects/" + id + "/funds", "asOf", "2025-07-31")
                .body("totals.month", comparesEqualTo(dec("50")))
                .body("totals.yearToDate", comparesEqualTo(dec("350")))
                .body("totals.allTime", comparesEqualTo(dec("1050")))
                .body("items", hasSize(4));

        julyLedger(Tokens.OFFICER, "july2.xlsx", row(code, tag, "注册", "2025-05-20", "2025-07-15", "60", "360", "1060"))
                .body("updated", equalTo(1));
        get("/api/projects/" + id + "/funds", "asOf", "2025-07-31")
                .body("totals.month", comparesEqualTo(dec("60")))
                .body("totals.allTime", comparesEqualTo(dec("1060")))
                .body("items", hasSize(4));
        get("/api/projects/" + id + "/transitions").body("$", hasSize(3));

        julyLedger(Tokens.OFFICER, "back.xlsx", row(code, tag, "在谈", "", "", "60", "360", "1060"))
                .body("status", equalTo("REJECTED"))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("阶段"))
                .body("errors[0].message", containsString("更正"));
        julyLedger(Tokens.OFFICER, "date.xlsx", row(code, tag, "注册", "2025-05-21", "2025-07-15", "60", "360", "1060"))
                .body("status", equalTo("REJECTED"))
                .body("errors.column", hasItem("签约日期"))
                .body("errors[0].message", containsString("更正"));
        julyLedger(Tokens.OFFICER, "less.xlsx", row(code, tag, "注册", "2025-05-20", "2025-07-15", "60", "200", "1060"))
                .body("status", equalTo("REJECTED"))
                .body("errors[0].column", equalTo("当年累计到位(万元)"))
                .body("errors[0].message", containsString("系统中本年此前已登记的到位资金（300）"));
        get("/api/projects/" + id).body("stage", equalTo("REGISTERED"));
    }

    @Test
    void aProjectOnHoldResumesWhileATerminatedOneStaysTerminated() throws Exception {
        String tag = "搁置" + System.nanoTime();
        String held = Fixtures.uniqueCode("LT");
        String ended = Fixtures.uniqueCode("LT");
        upload(
                        Tokens.UNIT_HEAD,
                        "june.xlsx",
                        ledger(
                                values(held, tag + "甲", "搁置", "2025-05-20", "", "", "", ""),
                                values(ended, tag + "乙", "终止", "", "", "", "", "")),
                        MONTH,
                        false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(2));
        int id = LedgerSheets.projectId(held);
        get("/api/projects/" + id + "/transitions")
                .body("toStage", contains("NEGOTIATING", "SIGNED", "ON_HOLD"))
                .body("effectiveDate[2]", equalTo("2025-06-30"))
                .body("note[2]", equalTo("台账导入"));

        julyLedger(Tokens.UNIT_HEAD, "july.xlsx", ledger(values(held, tag + "甲", "签约", "2025-05-20", "", "", "", "")))
                .body("status", equalTo("APPLIED"))
                .body("updated", equalTo(1));
        get("/api/projects/" + id)
                .body("stage", equalTo("SIGNED"))
                .body("stageSince", equalTo("2025-07-31"))
                .body("milestones.signedOn", equalTo("2025-05-20"));

        julyLedger(Tokens.UNIT_HEAD, "july2.xlsx", ledger(values(ended, tag + "乙", "在谈", "", "", "", "", "")))
                .body("status", equalTo("REJECTED"))
                .body("errors[0].column", equalTo("阶段"))
                .body("errors[0].message", containsString("已终止"));
        julyLedger(Tokens.UNIT_HEAD, "july3.xlsx", ledger(values(ended, tag + "乙", "终止", "", "", "", "", "")))
                .body("status", equalTo("APPLIED"))
                .body("unchanged", equalTo(1));
    }

    /** Applies this sheet (not a dry run) as the ledger of July 2025. */
    private static ValidatableResponse julyLedger(String user, String fileName, byte[] sheet) {
        return upload(user, fileName, sheet, "2025-07", false);
    }

    /** A ledger of these rows under the headers. */
    @SafeVarargs
    private static byte[] ledger(List<Object>... rows) throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(HEADERS);
        sheet.addAll(List.of(rows));
        return LedgerSheets.xlsx(sheet);
    }

    private static byte[] row(
            String code,
            String tag,
            String stage,
            String signedOn,
            String registeredOn,
            String month,
            String year,
            String all)
            throws Exception {
        List<Object> values = values(code, tag + "项目", stage, signedOn, registeredOn, month, year, all);
        values.set(HEADERS.indexOf("本月进展"), "已完成注册");
        return ledger(values);
    }

    private static List<Object> values(
            String code,
            String name,
            String stage,
            String signedOn,
            String registeredOn,
            String month,
            String year,
            String all) {
        return new ArrayList<>(List.of(
                code,
                name,
                "实施库",
                stage,
                "否",
                "",
                "",
                "",
                "",
                "",
                "省外",
                "",
                "",
                "",
                "",
                month,
                year,
                all,
                "",
                "2025-01-02",
                signedOn,
                registeredOn,
                unit.code(),
                "",
                ""));
    }
}
