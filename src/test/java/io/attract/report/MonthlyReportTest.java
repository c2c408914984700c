package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.attract.figures.FigureCatalogue;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MonthlyReportTest implements WithoutConfirmation {

    /** A promotion-pool project negotiating since that day, in the officer's unit; its id. */
    static int project(String name, String since) {
        return ProjectFixtures.createAs(Tokens.OFFICER, name, "NEGOTIATING", since, "800.25");
    }

    /** Local money arrived for the officer's project. */
    static void fund(int id, String on, String amount) {
        ProjectFixtures.fund(Tokens.OFFICER, id, on, amount, null, "LOCAL");
    }

    @Test
    void theReportTiesOutWithItselfAndWithTheCockpit() throws IOException {
        Fixtures.assign(Tokens.OFFICER, Fixtures.unit(Fixtures.uniqueCode("report")));
        int a = project("月报对账测试甲", "2026-10-03");
        ProjectFixtures.moveTo(a, "SIGNED", "2026-10-20");
        fund(a, "2026-10-25", "123.45");
        fund(a, "2026-09-25", "0.05");
        // 三明: a capital increase counts its increment only, in the summary, the ledger and the cockpit alike.
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects",
                        new HashMap<>(Map.of(
                                "name",
                                "月报对账增资项目",
                                "pool",
                                "PROMOTION",
                                "totalInvestment",
                                "800.25",
                                "stage",
                                "NEGOTIATING",
                                "effectiveDate",
                                "2026-10-05",
                                "investmentKind",
                                "CAPITAL_INCREASE",
                                "incrementInvestment",
                                "100.5")))
                .statusCode(201);

        // Exact decimals: RestAssured would read amounts as floats (748214.33 → 748214.3).
        JsonPathConfig exact = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
        JsonPath report = Api.get(Tokens.STATS, "/api/reports/monthly/2026-10")
                .statusCode(200)
                .body("to", equalTo("2026-10-31"))
                .extract()
                .jsonPath()
                .using(exact);
        JsonPath cockpit = Api.get(Tokens.STATS, "/api/cockpit", "asOf", "2026-10-31")
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(exact);
        assertThat(report.getLong("summary.newYear")).isEqualTo(cockpit.getLong("projects.newThisYear.total"));
        assertThat(report.getLong("summary.signedYear")).isEqualTo(cockpit.getLong("projects.newThisYear.signed"));
        assertThat(report.getLong("summary.newMonth")).isEqualTo(cockpit.getLong("projects.newThisMonth.total"));
        assertThat(new BigDecimal(report.getString("summary.fundsYearToDate")))
                .isEqualByComparingTo(cockpit.getString("fundsArrived.yearToDate"));
        assertThat(new BigDecimal(report.getString("summary.fundsMonth")))
                .isEqualByComparingTo(cockpit.getString("fundsArrived.month"));

        // The unit breakdown adds up to the summary.
        List<Map<String, Object>> units = report.getList("byUnit");
        BigDecimal unitFunds = units.stream()
                .map(u -> new BigDecimal(
                        ((Map<?, ?>) u.get("figures")).get("fundsYearToDate").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(unitFunds).isEqualByComparingTo(report.getString("summary.fundsYearToDate"));
        Map<String, Object> mine = report.getMap("projects.find { it.id == " + a + " }");
        assertThat(mine.get("newThisMonth")).isEqualTo("SIGNED");
        assertThat(new BigDecimal(mine.get("fundsYearToDate").toString())).isEqualByComparingTo("123.50");

        byte[] xlsx = Api.download(Tokens.STATS, "/api/reports/monthly/2026-10.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(names).containsExactly("汇总", "分单位", "分产业", "项目台账", "口径说明");
            List<Row> ledger = workbook.getSheets()
                    .filter(s -> s.getName().equals("项目台账"))
                    .findFirst()
                    .orElseThrow()
                    .read();
            assertThat(ledger.get(0).getCellText(20)).isEqualTo("当年累计到位(万元)");
            assertThat(ledger).hasSize(report.getList("projects").size() + 1);
            BigDecimal sheetFunds = ledger.stream()
                    .skip(1)
                    .map(r -> r.getCellAsNumber(20).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sheetFunds).isEqualByComparingTo(report.getString("summary.fundsYearToDate"));
            int counted = ledger.get(0).getCellCount() - 1;
            assertThat(ledger.get(0).getCellText(counted)).isEqualTo("计入统计投资(万元)");
            BigDecimal sheetInvestment = ledger.stream()
                    .skip(1)
                    .filter(r -> r.getOptionalCell(counted - 1)
                            .map(c -> !c.getText().isEmpty())
                            .orElse(false))
                    .map(r -> r.getOptionalCell(counted)
                            .flatMap(c -> r.getCellAsNumber(counted))
                            .orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sheetInvestment).isEqualByComparingTo(report.getString("summary.totalInvestmentNewYear"));
        }
        assertThat(new BigDecimal(report.getString("summary.totalInvestmentNewYear")))
                .isEqualByComparingTo(cockpit.getString("totalInvestment"));
        Map<String, Object> increase = report.getMap("projects.find { it.name == '月报对账增资项目' }");
        assertThat(new BigDecimal(increase.get("countedInvestment").toString())).isEqualByComparingTo("100.5");
    }

    /** Target completion in the JSON and both sheets of the .xlsx, with the same figures. */
    @Test
    void targetCompletionIsInTheSummaryAndTheUnitSheet() throws IOException {
        long unit = Fixtures.unit(Fixtures.uniqueCode("report-tgt"));
        Fixtures.assign(Tokens.OFFICER, unit);
        int a = project("月报目标测试甲", "2022-03-03");
        ProjectFixtures.moveTo(a, "SIGNED", "2022-04-20");
        fund(a, "2022-05-25", "250.25");
        String version =
                Api.get(Tokens.ADMIN, "/api/targets", "year", 2022).extract().header("ETag");
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("year", 2022)
                .header("If-Match", version)
                .body(Map.of("units", List.of(Map.of("unitId", unit, "targets", Map.of("SIGNED", 3, "FUNDS", "1000")))))
                .put("/api/targets")
                .then()
                .statusCode(200);

        // August: 序时进度 66.67%; 1 of 3 signed is 33.33% (33.34 points behind), 250.25 of 1000 is 25.03%.
        JsonPathConfig exact = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
        JsonPath report = Api.get(Tokens.LEADER, "/api/reports/monthly/2022-08")
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(exact);
        assertThat(new BigDecimal(report.getString("targets.timeProgressPercent")))
                .isEqualByComparingTo("66.67");
        String mine = "byUnit.find { it.id == " + unit + " }.targets";
        assertThat(new BigDecimal(report.getString(mine + ".find { it.metric == 'SIGNED' }.completionPercent")))
                .isEqualByComparingTo("33.33");
        assertThat(new BigDecimal(report.getString(mine + ".find { it.metric == 'SIGNED' }.aheadPoints")))
                .isEqualByComparingTo("-33.34");
        assertThat(new BigDecimal(report.getString(mine + ".find { it.metric == 'FUNDS' }.completionPercent")))
                .isEqualByComparingTo("25.03");
        assertThat(report.getList(mine + ".metric", String.class)).containsExactly("SIGNED", "FUNDS");
        // The district's target is the sum of the units' (here one unit has targets); its actual the summary's.
        assertThat(new BigDecimal(report.getString("targets.lines.find { it.metric == 'FUNDS' }.target")))
                .isEqualByComparingTo("1000");
        assertThat(new BigDecimal(report.getString("targets.lines.find { it.metric == 'FUNDS' }.actual")))
                .isEqualByComparingTo(report.getString("summary.fundsYearToDate"));

        byte[] xlsx = Api.download(Tokens.STATS, "/api/reports/monthly/2022-08.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<Row> summary = sheets.get(0).read();
            assertThat(summary.stream().map(r -> r.getCellText(0)).toList())
                    .contains(
                            "目标完成情况（序时进度 66.67%）",
                            "新在谈、签约、落地项目(个)", "其中：在谈(个)", "其中：签约(个)", "新落地项目(个)", "新签约项目（含已落地）(个)");
            // A count prints without decimals: the signed target is 3, not 3.00.
            Row signedLine = summary.stream()
                    .filter(r -> "新签约项目（含已落地）(个)".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(signedLine.getCellText(1)).isEqualTo("3");
            List<Row> byUnit = sheets.get(1).read();
            int signedTarget = ReportLines.GROUP_HEADERS.size();
            assertThat(byUnit.get(0).getCellText(signedTarget)).isEqualTo("新签约项目（含已落地）年度目标(个)");
            assertThat(byUnit.get(0).getCellText(signedTarget + 1)).isEqualTo("新签约项目（含已落地）完成率(%)");
            Row unitRow = byUnit.stream()
                    .skip(1)
                    .filter(r -> r.getCellAsNumber(signedTarget).isPresent()
                            && r.getCellAsNumber(signedTarget).get().compareTo(BigDecimal.valueOf(3)) == 0)
                    .findFirst()
                    .orElseThrow();
            assertThat(unitRow.getCellAsNumber(signedTarget + 1).orElseThrow()).isEqualByComparingTo("33.33");
            assertThat(unitRow.getCellAsNumber(signedTarget + 2).orElseThrow()).isEqualByComparingTo("-33.34");
            Row total = byUnit.get(byUnit.size() - 1);
            assertThat(total.getCellText(0)).isEqualTo("合计");
            assertThat(total.getCellAsNumber(signedTarget + 6).orElseThrow()).isEqualByComparingTo("1000");

            // 口径说明: one row per figure the workbook shows, each named by its one name and defined.
            List<Row> notes = sheets.get(sheets.size() - 1).read();
            assertThat(sheets.get(sheets.size() - 1).getName()).isEqualTo("口径说明");
            assertThat(notes.get(0).getCellText(1)).isEqualTo("指标");
            List<String> named = notes.stream()
                    .skip(1)
                    .map(r -> FigureCatalogue.all().stream()
                            .filter(f -> f.name().equals(r.getCellText(1))
                                    && f.definition().equals(r.getCellText(2)))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("not a figure: " + r.getCellText(1)))
                            .id())
                    .toList();
            // … the figures the JSON names (figureIds, each target line's figure), each once.
            Set<String> used = new LinkedHashSet<>(
                    report.<String, String>getMap("figureIds").values());
            used.addAll(report.getList("targets.lines.figure", String.class));
            assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(used);
            assertThat(named)
                    .contains(
                            FigureCatalogue.NEW_PROJECTS,
                            FigureCatalogue.NEW_NEGOTIATING,
                            FigureCatalogue.NEW_SIGNED,
                            FigureCatalogue.NEW_LANDED,
                            FigureCatalogue.FUNDS,
                            FigureCatalogue.FOREIGN_USD,
                            FigureCatalogue.COUNTED_INVESTMENT,
                            FigureCatalogue.SIGNED_PROJECTS,
                            FigureCatalogue.TARGET_COMPLETION,
                            FigureCatalogue.TIME_PROGRESS);
        }
    }

    @Test
    void aBadOrFutureMonthIsAClearError() {
        Api.get(Tokens.STATS, "/api/reports/monthly/2026-13").statusCode(400).body("code", equalTo("report.bad_month"));
        Api.get(Tokens.STATS, "/api/reports/monthly/2099-01")
                .statusCode(400)
                .body("code", equalTo("report.month_in_future"));
        Api.get(Tokens.OFFICER, "/api/reports/monthly/2026-10").statusCode(403);
    }
}
