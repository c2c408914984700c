package io.attract.report;

import static io.attract.report.MonthlyReportTest.fund;
import static io.attract.report.MonthlyReportTest.project;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The unit rule in the monthly report: a unit head reads the district's figures whole but only their own unit's
 * project lines (ledger rows, adjustments after a close), in JSON, .xlsx and PDF, open or closed month.
 */
@QuarkusTest
class MonthlyReportScopeTest implements WithoutConfirmation {

    @Inject
    EntityManager em;

    private record Unit(long id, String name) {}

    /** A unit with a name of its own (Fixtures' units all share one), the officer now working in it. */
    private static Unit officerIn(String prefix) {
        String name = prefix + System.nanoTime() % 100_000;
        Number id = Api.create(
                Tokens.ADMIN,
                "/api/units",
                Map.of("code", Fixtures.uniqueCode("scope"), "name", name, "kind", "STREET"));
        Fixtures.assign(Tokens.OFFICER, id.longValue());
        return new Unit(id.longValue(), name);
    }

    private static JsonPath json(String user, String month) {
        return Api.get(user, "/api/reports/monthly/" + month)
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A sheet's cell texts, row i at index i − 1 (a blank row is an empty list: the reader leaves it out). */
    private static List<List<String>> sheet(byte[] xlsx, String name) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheets()
                    .filter(s -> s.getName().equals(name))
                    .findFirst()
                    .orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                rows.add(row.stream().map(c -> c == null ? "" : c.getText()).toList());
            }
            return rows;
        }
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static byte[] download(String user, String month, String extension) {
        return Api.download(user, "/api/reports/monthly/" + month + "." + extension);
    }

    /** What stays whole for every reader: the district's figures, by unit and by industry, and the targets. */
    private static void sameDistrictFigures(JsonPath scoped, JsonPath whole) {
        assertThat(scoped.getMap("summary")).isEqualTo(whole.getMap("summary"));
        assertThat(scoped.getList("byUnit")).isEqualTo(whole.getList("byUnit"));
        assertThat(scoped.getList("byIndustry")).isEqualTo(whole.getList("byIndustry"));
        assertThat((Object) scoped.get("targets")).isEqualTo(whole.get("targets"));
        assertThat(scoped.getMap("publication.liveSummary")).isEqualTo(whole.getMap("publication.liveSummary"));
    }

    @Test
    void aUnitHeadReadsOnlyTheirUnitsLedgerRowsOfAnOpenMonthButTheWholeDistrictsFigures() throws IOException {
        String month = "2023-05";
        Unit other = officerIn("范围乙街道");
        int theirs = project("范围乙项目", "2023-05-04");
        fund(theirs, "2023-05-20", "300.5");
        Unit own = officerIn("范围甲街道");
        int mine = project("范围甲项目", "2023-05-06");
        fund(mine, "2023-05-21", "12.25");
        Fixtures.assign(Tokens.UNIT_HEAD, own.id());

        JsonPath whole = json(Tokens.STATS, month);
        JsonPath head = json(Tokens.UNIT_HEAD, month);

        assertThat(whole.getList("projects.id", Integer.class)).contains(mine, theirs);
        assertThat((Object) whole.get("ledgerScope")).isNull();
        assertThat(head.getList("projects.id", Integer.class)).contains(mine).doesNotContain(theirs);
        assertThat(head.getList("projects.unitId", Long.class)).containsOnly(own.id());
        assertThat(head.getList("projects"))
                .hasSize(whole.getList("projects.findAll { it.unitId == " + own.id() + " }")
                        .size());
        assertThat(head.getLong("ledgerScope.unitId")).isEqualTo(own.id());
        assertThat(head.getString("ledgerScope.unitName")).isEqualTo(own.name());
        sameDistrictFigures(head, whole);
        // The by-unit table still shows the other unit's totals: the published league-table figures.
        assertThat(head.getList("byUnit.id", Long.class)).contains(other.id(), own.id());

        byte[] headXlsx = download(Tokens.UNIT_HEAD, month, "xlsx");
        byte[] wholeXlsx = download(Tokens.STATS, month, "xlsx");
        List<List<String>> ledger = sheet(headXlsx, "项目台账");
        int unitColumn = ledger.get(0).indexOf("责任单位");
        int nameColumn = ledger.get(0).indexOf("项目名称");
        assertThat(ledger).hasSize(head.getList("projects").size() + 1);
        assertThat(ledger.stream().skip(1).map(r -> cell(r, unitColumn))).containsOnly(own.name());
        assertThat(ledger.stream().skip(1).map(r -> cell(r, nameColumn)))
                .contains("范围甲项目")
                .doesNotContain("范围乙项目");
        assertThat(sheet(wholeXlsx, "项目台账").stream().map(r -> cell(r, nameColumn)))
                .contains("范围甲项目", "范围乙项目");

        List<List<String>> summary = sheet(headXlsx, "汇总");
        List<List<String>> wholeSummary = sheet(wholeXlsx, "汇总");
        assertThat(cell(summary.get(1), 0)).startsWith("台账仅含本单位项目：" + own.name());
        assertThat(wholeSummary.get(1)).allMatch(String::isEmpty);
        // Below the line, the same figures as the district's copy; the unit and industry sheets are the same.
        assertThat(summary.subList(2, summary.size())).isEqualTo(wholeSummary.subList(2, wholeSummary.size()));
        assertThat(sheet(headXlsx, "分单位")).isEqualTo(sheet(wholeXlsx, "分单位"));
        assertThat(sheet(headXlsx, "分产业")).isEqualTo(sheet(wholeXlsx, "分产业"));

        assertThat(PdfText.of(download(Tokens.UNIT_HEAD, month, "pdf"))).contains("台账仅含本单位项目：" + own.name());
        assertThat(PdfText.of(download(Tokens.STATS, month, "pdf"))).doesNotContain("台账仅含本单位项目");
    }

    @Test
    void aClosedMonthsSnapshotIsNarrowedWhenReadAndStoredWhole() throws IOException {
        String month = "2023-03";
        Unit other = officerIn("月结乙街道");
        int theirs = project("月结乙项目", "2023-03-04");
        Unit own = officerIn("月结甲街道");
        int mine = project("月结甲项目", "2023-03-06");
        Fixtures.assign(Tokens.UNIT_HEAD, own.id());
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + month + "/close")
                .then()
                .statusCode(200);
        try {
            // Entered after the close, dated in the month: adjustments of each unit.
            fund(mine, "2023-03-20", "5.5");
            Fixtures.assign(Tokens.OFFICER, other.id());
            fund(theirs, "2023-03-21", "7.75");
            String stored = snapshot(month);

            JsonPath whole = json(Tokens.STATS, month);
            JsonPath head = json(Tokens.UNIT_HEAD, month);
            assertThat(head.getString("publication.status")).isEqualTo("CLOSED");
            assertThat(whole.getList("projects.id", Integer.class)).contains(mine, theirs);
            assertThat(head.getList("projects.id", Integer.class))
                    .contains(mine)
                    .doesNotContain(theirs);
            assertThat(head.getList("projects.unitId", Long.class)).containsOnly(own.id());
            assertThat(whole.getList("publication.adjustments.projectId", Integer.class))
                    .contains(mine, theirs);
            assertThat(head.getList("publication.adjustments.projectId", Integer.class))
                    .contains(mine)
                    .doesNotContain(theirs);
            assertThat(head.getLong("ledgerScope.unitId")).isEqualTo(own.id());
            sameDistrictFigures(head, whole);

            List<List<String>> ledger = sheet(download(Tokens.UNIT_HEAD, month, "xlsx"), "项目台账");
            int nameColumn = ledger.get(0).indexOf("项目名称");
            assertThat(ledger).hasSize(head.getList("projects").size() + 1);
            assertThat(ledger.stream().skip(1).map(r -> cell(r, nameColumn)))
                    .contains("月结甲项目")
                    .doesNotContain("月结乙项目");

            String pdf = PdfText.of(download(Tokens.UNIT_HEAD, month, "pdf"));
            assertThat(pdf)
                    .contains("状态：已月结", "台账仅含本单位项目：" + own.name(), "四、月结后调整", "月结甲项目")
                    .doesNotContain("月结乙项目");
            assertThat(PdfText.of(download(Tokens.STATS, month, "pdf"))).contains("月结甲项目", "月结乙项目");

            // Reading narrowed nothing in the store: the snapshot still holds every unit's lines.
            assertThat(snapshot(month)).isEqualTo(stored).contains("月结甲项目", "月结乙项目");
        } finally {
            Api.post(Tokens.ADMIN, "/api/reports/monthly/" + month + "/reopen", Map.of("reason", "测试结束"))
                    .statusCode(200);
        }
    }

    @Test
    void aUnitHeadWithoutAUnitSeesNoLedgerRows() throws IOException {
        String month = "2023-05";
        officerIn("无单位测试街道");
        project("无单位测试项目", "2023-05-08");
        Number before =
                Api.get(Tokens.UNIT_HEAD, "/api/me").statusCode(200).extract().path("unit.id");
        Api.put(Tokens.ADMIN, "/api/users/" + Tokens.UNIT_HEAD, Map.of()).statusCode(200);
        try {
            JsonPath whole = json(Tokens.STATS, month);
            JsonPath head = json(Tokens.UNIT_HEAD, month);
            assertThat(whole.getList("projects")).isNotEmpty();
            assertThat(head.getList("projects")).isEmpty();
            assertThat(head.getMap("ledgerScope")).containsEntry("unitId", null).containsEntry("unitName", null);
            sameDistrictFigures(head, whole);

            byte[] xlsx = download(Tokens.UNIT_HEAD, month, "xlsx");
            assertThat(sheet(xlsx, "项目台账")).hasSize(1);
            assertThat(cell(sheet(xlsx, "汇总").get(1), 0)).startsWith("台账不含任何项目");
            assertThat(PdfText.of(download(Tokens.UNIT_HEAD, month, "pdf"))).contains("台账不含任何项目");
        } finally {
            if (before != null) {
                Fixtures.assign(Tokens.UNIT_HEAD, before.longValue());
            }
        }
    }

    private String snapshot(String month) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String)
                        em.createNativeQuery("select snapshot::text from report_month_close where month = :month")
                                .setParameter("month", month)
                                .getSingleResult());
    }
}
