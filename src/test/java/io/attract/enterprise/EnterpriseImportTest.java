package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.JobPolls;
import io.attract.support.OncePerClass;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnterpriseImportTest {

    @BeforeEach
    void officerInAUnit() {
        OncePerClass.run(getClass(), "officer in a unit", () -> Fixtures.unitOf("imp", Tokens.OFFICER));
    }

    @Test
    void theTemplateHasTheChineseColumns() throws IOException {
        byte[] xlsx = Api.download(Tokens.OFFICER, "/api/enterprises/import/template");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("企业名称");
            assertThat(header.getCellText(7)).isEqualTo("企业标签");
        }
    }

    @Test
    void oneBadRowStopsTheWholeSheetAndIsReportedWithItsExcelRow() {
        String tag = "导入" + System.nanoTime();
        String csv = "企业名称,统一社会信用代码,企业标签,注册资本(万元)\n"
                + tag + "甲有限公司," + CreditCodes.next() + ",瞪羚(2024),1000\n"
                + tag + "乙有限公司,914403001922038217,,abc\n"
                + tag + "丙有限公司,,独角兽；外星人,\n";
        upload("a.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .body("status", equalTo("REJECTED"))
                .body("applied", equalTo(false))
                .body("rows", equalTo(3))
                .body("errors.row", hasItem(3))
                .body("errors.column", hasItem("统一社会信用代码"))
                .body("errors.find { it.column == '注册资本(万元)' }.row", equalTo(3))
                .body("errors.find { it.column == '企业标签' }.row", equalTo(4))
                .body("errors.find { it.column == '企业标签' }.message", equalTo("无法识别的标签“外星人”"));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag).body("total", equalTo(0));
    }

    @Test
    void aValidSheetIsCheckedThenWrittenAndReimportingCreatesNoDuplicates() throws IOException {
        String tag = "表格" + System.nanoTime();
        String code = CreditCodes.next();
        byte[] sheet = xlsx(List.of(
                List.of("企业名称", "统一社会信用代码", "产业(4+N)", "企业标签", "状态"),
                List.of(tag + "新材料有限公司", code, "新型功能材料", "专精特新(2023)；链主", "跟进中"),
                List.of(tag + "装备有限公司", "", "智能制造装备", "", "")));

        upload("s.xlsx", sheet, true)
                .body("status", equalTo("VALID"))
                .body("created", equalTo(2))
                .body("applied", equalTo(false));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag).body("total", equalTo(0));

        upload("s.xlsx", sheet, false)
                .body("status", equalTo("APPLIED"))
                .body("created", equalTo(2))
                .body("applied", equalTo(true));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", code)
                .body("items", hasSize(1))
                .body("items[0].industryName", equalTo("新型功能材料"))
                .body("items[0].status", equalTo("FOLLOWING"))
                .body("items[0].tags.find { it.tag == 'SRDI' }.listYear", equalTo(2023));

        upload("s.xlsx", sheet, false)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(2))
                .body("updated", equalTo(0));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag).body("total", equalTo(2));

        byte[] changed = xlsx(List.of(List.of("企业名称", "统一社会信用代码", "状态"), List.of(tag + "新材料股份有限公司", code, "已转化")));
        upload("s2.xlsx", changed, false).body("updated", equalTo(1)).body("created", equalTo(0));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", code)
                .body("items[0].name", equalTo(tag + "新材料股份有限公司"))
                .body("items[0].status", equalTo("CONVERTED"))
                .body("items[0].industryName", equalTo("新型功能材料"));
    }

    @Test
    void csvSavedByChineseExcelInGb18030IsRead() {
        String tag = "国标" + System.nanoTime();
        String csv = "企业名称,状态\r\n" + tag + "商贸有限公司,储备\r\n";
        upload("gbk.csv", csv.getBytes(Charset.forName("GB18030")), true)
                .body("status", equalTo("VALID"))
                .body("created", equalTo(1));
    }

    @Test
    void unknownColumnsAndMissingNamesAreReported() {
        upload("x.csv", "名字,电话\n某公司,123\n".getBytes(StandardCharsets.UTF_8), true)
                .body("status", equalTo("REJECTED"))
                .body("errors.row", hasItem(1))
                .body("errors.column", hasItem("企业名称"))
                .body("errors.column", hasItem("电话"));
        request("x.pdf", new byte[] {1, 2, 3}, true)
                .post("/api/enterprises/import")
                .then()
                .statusCode(415)
                .body("code", equalTo("import.unsupported_file"));
    }

    @Test
    void aSheetTheDatabaseCannotStoreFailsTheJobInWordsNotAsAnInternalError() {
        String tag = "控制字符" + System.nanoTime();
        String csv = "企业名称,来源\n" + tag + "甲有限公司,网\u0000站\n";
        JobPolls.finished(
                        Tokens.OFFICER,
                        JobPolls.start(
                                Tokens.OFFICER,
                                request("nul.csv", csv.getBytes(StandardCharsets.UTF_8), false),
                                "/api/enterprises/import"))
                .body("state", equalTo("FAILED"))
                .body("problem.code", equalTo("import.unstorable_value"))
                .body("problem.detail", org.hamcrest.Matchers.containsString("没有写入任何数据"));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag).body("total", equalTo(0));
    }

    /** Starts the import job and answers its report (the job's result) once it has finished. */
    private static ValidatableResponse upload(String name, byte[] content, boolean dryRun) {
        return JobPolls.result(
                Tokens.OFFICER,
                JobPolls.start(Tokens.OFFICER, request(name, content, dryRun), "/api/enterprises/import"));
    }

    private static RequestSpecification request(String name, byte[] content, boolean dryRun) {
        return Tokens.as(Tokens.OFFICER).multiPart("file", name, content).queryParam("dryRun", dryRun);
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("s");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
