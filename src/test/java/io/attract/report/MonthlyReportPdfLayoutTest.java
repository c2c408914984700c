package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.common.excel.CopyMark;
import io.attract.ranking.Metric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The layout without a database: long tables run onto more pages, each with its header row and page number. Needs
 * fonts-wqy-zenhei, as the application does.
 */
class MonthlyReportPdfLayoutTest {

    private static MonthlyReport.Figures figures(int i) {
        BigDecimal funds = new BigDecimal("1234567.8912").add(BigDecimal.valueOf(i));
        return new MonthlyReport.Figures(
                i,
                i,
                0,
                0,
                10 * i,
                5 * i,
                3 * i,
                2 * i,
                new BigDecimal("98765.4321"),
                funds,
                funds.multiply(BigDecimal.TEN),
                new BigDecimal("0.0001"),
                BigDecimal.ZERO);
    }

    @Test
    void longTablesRunOntoNumberedPagesWithTheirHeaderRepeated() throws IOException {
        Path font = Path.of(PdfFont.WQY_ZENHEI);
        List<MonthlyReport.Group> units = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            units.add(new MonthlyReport.Group(
                    (long) i, i == 3 ? "济南市天桥区人民政府无影山街道办事处（含新徐庄片区）" : "第" + i + "街道", figures(i)));
        }
        MonthlyReport report = new MonthlyReport(
                "2026-10",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                figures(100),
                new BigDecimal("12.5"),
                null,
                new BigDecimal("-3.0"),
                7,
                new BigDecimal("10.5"),
                null,
                units,
                List.of(
                        new MonthlyReport.Group(1L, "智能制造与高端装备", figures(2)),
                        new MonthlyReport.Group(null, null, figures(1))),
                List.of(),
                new MonthlyReport.Publication(
                        "CLOSED",
                        Instant.parse("2026-11-03T02:20:00Z"),
                        "stats",
                        "统计员",
                        figures(101),
                        List.of(new MonthlyReport.Adjustment(
                                "FUND",
                                1,
                                "XM-2026-001",
                                "补录项目\uD83D\uDE00",
                                LocalDate.of(2026, 10, 30),
                                Instant.parse("2026-11-10T01:00:00Z"),
                                "officer",
                                "招商专员",
                                "7.2500 万元",
                                "回单\t补录"))),
                null,
                null,
                null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfFont.Opened opened = PdfFont.open(List.of(font))) {
            MonthlyReportPdf.write(report, "天桥区", opened, CopyMark.of("刘洋（stats）"), out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                String text = PdfText.ofPage(pdf, p);
                assertThat(text).contains("第 " + p + " 页 共 " + pages + " 页");
                if (p == 2) {
                    assertThat(text)
                            .as("the unit table's header on its second page")
                            .contains("责任单位");
                }
                if (p == pages - 1) {
                    assertThat(text).contains("XM-2026-001", "补录项目?");
                }
                if (p == pages) {
                    // 口径说明 on a page of its own, signed with the rest.
                    assertThat(text).startsWith("口径说明").contains("新落地项目", "制表人", "审核人", "日期");
                }
            }
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains("状态：已月结（2026-11-03 10:20 由 统计员 月结）", "1,234,568.8912", "0.0001", "12.5", "-3.0", "（未填）");
        }
    }

    /** Target completion: the district's lines after the summary, the units' after the unit table. */
    @Test
    void targetCompletionIsPrintedWhenTheReportHasIt() throws IOException {
        List<MonthlyReport.TargetLine> lines = List.of(
                new MonthlyReport.TargetLine(
                        Metric.SIGNED,
                        new BigDecimal("12"),
                        new BigDecimal("9"),
                        new BigDecimal("75.00"),
                        new BigDecimal("-16.67")),
                new MonthlyReport.TargetLine(
                        Metric.FUNDS,
                        new BigDecimal("50000.5"),
                        new BigDecimal("61234.25"),
                        new BigDecimal("122.47"),
                        new BigDecimal("30.80")));
        MonthlyReport report = new MonthlyReport(
                "2026-11",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                figures(3),
                null,
                null,
                null,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(new MonthlyReport.Group(7L, "无影山街道", figures(3), lines)),
                List.of(),
                List.of(),
                new MonthlyReport.Publication("OPEN", null, null, null, null, List.of()),
                new MonthlyReport.Targets(11, new BigDecimal("91.67"), lines),
                null,
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfFont.Opened opened = PdfFont.open(List.of(Path.of(PdfFont.WQY_ZENHEI)))) {
            MonthlyReportPdf.write(report, "天桥区", opened, CopyMark.of("刘洋（stats）"), out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains(
                            "目标完成情况（序时进度 91.67%）",
                            "分责任单位目标完成情况",
                            "50,000.50",
                            "61,234.25",
                            "122.47",
                            "-16.67",
                            "目标口径",
                            "口径说明",
                            "新签约项目（含已落地）",
                            "序时进度");
            // Counts without decimals: 12 signed targeted, 9 signed.
            assertThat(Arrays.stream(text.split("\\R"))
                            .filter(l -> l.startsWith("新签约项目（含已落地）(个)"))
                            .findFirst()
                            .orElseThrow())
                    .isEqualTo("新签约项目（含已落地）(个) 12 9 75.00 -16.67");
        }
    }
}
