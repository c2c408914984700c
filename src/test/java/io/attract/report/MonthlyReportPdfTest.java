package io.attract.report;

import static io.attract.report.MonthlyReportTest.fund;
import static io.attract.report.MonthlyReportTest.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MonthlyReportPdfTest implements WithoutConfirmation {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /** A unit with a name of its own (Fixtures' units all share one name, and the report groups by name). */
    private static String ownUnit() {
        String name = "PDF街道" + System.nanoTime() % 10_000;
        Number id = Api.create(
                Tokens.ADMIN, "/api/units", Map.of("code", Fixtures.uniqueCode("pdf"), "name", name, "kind", "STREET"));
        Fixtures.assign(Tokens.OFFICER, id.longValue());
        return name;
    }

    /** How a reader writes an amount: grouped, two decimals at least, every decimal kept. */
    private static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static String line(String text, String start) {
        return Arrays.stream(text.split("\\R"))
                .filter(l -> l.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in:\n" + text));
    }

    @Test
    void thePdfShowsTheReportsFiguresInAnEmbeddedChineseFont() throws IOException {
        String unit = ownUnit();
        int a = project("PDF月报测试项目", "2026-07-02");
        fund(a, "2026-07-15", "1234.5678");
        fund(a, "2026-06-15", "10");

        JsonPath json = Api.get(Tokens.STATS, "/api/reports/monthly/2026-07")
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        BigDecimal fundsMonth = new BigDecimal(json.getString("summary.fundsMonth"));
        BigDecimal fundsYear = new BigDecimal(json.getString("summary.fundsYearToDate"));

        byte[] bytes = Api.get(Tokens.LEADER, "/api/reports/monthly/2026-07.pdf")
                .statusCode(200)
                .contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"monthly-report-2026-07.pdf\";"
                                + " filename*=UTF-8''%E6%8B%9B%E5%95%86%E6%9C%88%E6%8A%A5-2026-07.pdf")
                .extract()
                .asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth())
                    .isGreaterThan(first.getMediaBox().getHeight());
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains(
                            "天桥区招商引资月度报告（2026年7月）",
                            "状态：未月结",
                            "制表人",
                            "审核人",
                            "口径说明",
                            "期内到位并经审核的资金（按到位日期）。",
                            "第 1 页 共 " + pdf.getNumberOfPages() + " 页");

            String summary = line(text, "到位资金(万元)");
            assertThat(summary).contains(amount(fundsMonth), amount(fundsYear));
            assertThat(summary.split(" ")[1]).isEqualTo(amount(fundsMonth));
            assertThat(summary.split(" ")[2]).isEqualTo(amount(fundsYear));

            // The unit's row: only this unit's project, its 1,244.5678 万元 this year to the last decimal.
            String unitLine = line(text, unit);
            assertThat(unitLine).contains("1,234.5678", "1,244.5678");

            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
            });
        }
        // A subset, not the 16 MB collection.
        assertThat(bytes.length).isLessThan(1_000_000);

        Api.get(Tokens.OFFICER, "/api/reports/monthly/2026-07.pdf").statusCode(403);
        Api.get(Tokens.STATS, "/api/reports/monthly/2026-13.pdf")
                .statusCode(400)
                .body("code", equalTo("report.bad_month"));
    }

    @Test
    void aClosedMonthsPdfShowsThePublishedFiguresAndTheLaterEntries() throws IOException {
        String month = "2025-06";
        ownUnit();
        int a = project("PDF月结前项目", "2025-06-05");
        fund(a, "2025-06-20", "50.5");
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + month + "/close")
                .then()
                .statusCode(200);
        fund(a, "2025-06-28", "7.25");

        JsonPath json = Api.get(Tokens.STATS, "/api/reports/monthly/" + month)
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
        byte[] bytes = Api.download(Tokens.STATS, "/api/reports/monthly/" + month + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = PdfText.of(pdf);
            assertThat(text).contains("天桥区招商引资月度报告（2025年6月）", "状态：已月结", "四、月结后调整", "PDF月结前项目");
            assertThat(line(text, "到位资金(万元)")).contains(amount(new BigDecimal(json.getString("summary.fundsMonth"))));
            assertThat(text).contains(amount(new BigDecimal(json.getString("publication.liveSummary.fundsMonth"))));
        }
    }

    @Test
    void withoutAUsableFontThePdfIsA503Problem() {
        QuarkusMock.installMockForType(
                new PdfFont() {
                    @Override
                    List<Path> candidates() {
                        return List.of(Path.of("/nonexistent/fonts/wqy-zenhei.ttc"));
                    }
                },
                PdfFont.class);
        Api.get(Tokens.STATS, "/api/reports/monthly/2026-07.pdf")
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("report.pdf_font_missing"))
                .body("detail", containsString("中文字体"))
                .body("detail", not(containsString("Exception")));
    }
}
