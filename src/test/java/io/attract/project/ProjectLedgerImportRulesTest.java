package io.attract.project;

import static io.attract.project.LedgerSheets.MONTH;
import static io.attract.project.LedgerSheets.get;
import static io.attract.project.LedgerSheets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.attract.enterprise.CreditCodes;
import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a ledger import refuses, warns about, or only tries; and who may import which unit's rows. */
@QuarkusTest
class ProjectLedgerImportRulesTest {

    private static LedgerSheets.TestUnit own;
    private static LedgerSheets.TestUnit other;

    @BeforeEach
    void units() {
        if (own == null) {
            LedgerSheets.TestUnit[] units = LedgerSheets.units();
            own = units[0];
            other = units[1];
        }
    }

    @Test
    void badRowsAreReportedWithTheirExcelRowAndColumnAndNothingIsWritten() {
        String tag = "错行" + System.nanoTime();
        String valid = CreditCodes.next();
        String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String csv = "项目名称,阶段,投资方,统一社会信用代码,签约日期,当月到位资金(万元),责任单位\n"
                + tag + "甲,线索,某投资有限公司," + badCheck + ",,," + own.code() + "\n"
                + tag + "乙,待定,,,,," + own.code() + "\n"
                + tag + "丙,签约,,,,," + own.code() + "\n"
                + tag + "丁,线索,,,,,不存在的单位" + tag + "\n"
                + tag + "戊,线索,,,,-5," + own.code() + "\n"
                + tag + "己,线索,,,,," + own.code() + "\n";
        JsonPath report = upload(Tokens.OFFICER, "bad.csv", csv.getBytes(StandardCharsets.UTF_8), MONTH, false)
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("applied", equalTo(false))
                .body("rows", equalTo(6))
                .extract()
                .jsonPath()
                .setRootPath("result");
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + " " + e.get("column"))
                .containsExactly("2 统一社会信用代码", "3 阶段", "4 签约日期", "6 当月到位资金(万元)");
        assertThat(errors.get(0).get("message").toString()).contains("校验位");
        assertThat(errors.get(1).get("message").toString()).contains("待定");
        assertThat(errors.get(3).get("message").toString()).contains("负数");
        // a unit the system does not know is told once, for the wizard to map (not as an error of the row)
        assertThat(report.getList("unresolved.name", String.class)).containsExactly("不存在的单位" + tag);
        assertThat(report.getList("unresolved[0].rows", Integer.class)).containsExactly(5);
        get("/api/projects", "q", tag).body("total", equalTo(0));
        get("/api/enterprises", "q", badCheck).body("total", equalTo(0));
    }

    @Test
    void columnsInAnyOrderWithFullWidthHeadersImportAndUnknownColumnsOnlyWarn() {
        String tag = "乱序" + System.nanoTime();
        String csv = "序号,责任单位,项目类型,阶段,总投资（万元）,项目名称,首谈日期\r\n" + "1," + own.name() + ",随便写写,在谈,1200.5," + tag
                + "项目,2025年3月5日\r\n";
        upload(Tokens.OFFICER, "gbk.csv", csv.getBytes(Charset.forName("GB18030")), MONTH, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(1))
                .body("warnings", hasSize(1))
                .body("warnings[0].row", equalTo(1))
                .body("warnings[0].column", equalTo("项目类型"));
        int id = LedgerSheets.projectId(tag);
        get("/api/projects/" + id)
                .body("stage", equalTo("NEGOTIATING"))
                .body("milestones.negotiatingOn", equalTo("2025-03-05"))
                .body("totalInvestment", comparesEqualTo(new java.math.BigDecimal("1200.5")));
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        String tag = "试导" + System.nanoTime();
        String csv = "项目名称,阶段,首谈日期,当月到位资金(万元),来源层级,责任单位\n" + tag + "项目,在谈,2025-04-01,10,省外," + own.code() + "\n";
        upload(Tokens.OFFICER, "dry.csv", csv.getBytes(StandardCharsets.UTF_8), MONTH, true)
                .body("status", equalTo("VALID"))
                .body("created", equalTo(1))
                .body("applied", equalTo(false));
        get("/api/projects", "q", tag).body("total", equalTo(0));
    }

    @Test
    void officersImportOnlyTheirOwnUnitsRowsWhileStatsImportsAnyUnit() {
        String tag = "他单位" + System.nanoTime();
        String csv = "项目名称,阶段,责任单位\n" + tag + "项目,线索," + other.code() + "\n";
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        upload(Tokens.OFFICER, "other.csv", content, MONTH, false)
                .body("status", equalTo("REJECTED"))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("责任单位"));
        get("/api/projects", "q", tag).body("total", equalTo(0));
        upload(Tokens.LEADER, "other.csv", content, MONTH, false).statusCode(403);
        upload(Tokens.STATS, "other.csv", content, MONTH, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(1));
        get("/api/projects", "q", tag)
                .body("items[0].unitId", equalTo((int) other.id()))
                .body("items[0].stage", equalTo("LEAD"));
    }

    @Test
    void aMissingRequiredColumnOrAFutureMonthIsRefused() {
        upload(Tokens.OFFICER, "x.csv", "项目名称,阶段\n某项目,线索\n".getBytes(StandardCharsets.UTF_8), MONTH, false)
                .body("status", equalTo("REJECTED"))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].column", equalTo("责任单位"));
        upload(Tokens.OFFICER, "x.csv", "项目名称,阶段,责任单位\n".getBytes(StandardCharsets.UTF_8), "2999-01", false)
                .statusCode(400)
                .body("code", equalTo("import.month_in_future"));
    }

    @Test
    void theTemplateHasTheChineseColumnsAndAnExplanationSheet() throws Exception {
        byte[] xlsx = Api.download(Tokens.OFFICER, "/api/projects/import/template");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("项目编号");
            assertThat(header.getCellText(3)).isEqualTo("阶段");
            assertThat(header.getCellCount()).isEqualTo(LedgerColumns.ALL.size());
            assertThat(workbook.getSheets().count()).isEqualTo(2);
        }
    }

    @Test
    void aClosedMonthsLedgerIsRefusedUntilTheMonthIsReopened() {
        String month = "2024-09";
        String csv = "项目名称,阶段,责任单位\n月结后导入项目" + System.nanoTime() + ",线索," + own.code() + "\n";
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + month + "/close")
                .then()
                .statusCode(200);
        try {
            upload(Tokens.OFFICER, "closed.csv", csv.getBytes(StandardCharsets.UTF_8), month, true)
                    .statusCode(409)
                    .body("code", equalTo("import.month_closed"));
        } finally {
            Tokens.as(Tokens.ADMIN)
                    .contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("reason", "测试"))
                    .post("/api/reports/monthly/" + month + "/reopen")
                    .then()
                    .statusCode(200);
        }
        upload(Tokens.OFFICER, "closed.csv", csv.getBytes(StandardCharsets.UTF_8), month, true)
                .statusCode(200)
                .body("status", equalTo("VALID"));
    }
}
