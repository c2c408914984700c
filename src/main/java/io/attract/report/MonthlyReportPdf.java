package io.attract.report;

import io.attract.common.excel.CopyMark;
import io.attract.common.time.BusinessDates;
import io.attract.figures.Figure;
import io.attract.report.PdfPages.Align;
import io.attract.report.PdfTable.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The monthly report as the PDF the statistics office signs and sends up to the city: A4 landscape, the summary,
 * the unit and industry tables (the figures of the JSON and the .xlsx, a closed month's published ones), the
 * adjustments recorded after a close, the 口径说明 of every figure, page numbers and a signature line. Amounts are
 * printed exactly, counts without decimals.
 */
final class MonthlyReportPdf {

    private static final String NONE = "—";

    private MonthlyReportPdf() {}

    static String title(String district, String month) {
        YearMonth ym = YearMonth.parse(month);
        return district + "招商引资月度报告（" + ym.getYear() + "年" + ym.getMonthValue() + "月）";
    }

    static void write(MonthlyReport r, String district, PdfFont.Opened font, CopyMark mark, OutputStream out)
            throws IOException {
        String title = title(district, r.month());
        try (PDDocument document = new PDDocument()) {
            info(document, title);
            PdfPages pages = new PdfPages(document, font.embedIn(document));
            pages.paragraph(title, 16, Align.CENTER, true);
            pages.down(2);
            pages.paragraph(status(r), 9, Align.CENTER, false);
            String scope = ReportLines.scopeLine(r);
            if (scope != null) {
                pages.down(2);
                pages.paragraph(scope, 9, Align.CENTER, true);
            }
            pages.down(8);

            section(pages, "一、总体情况");
            summary(r).draw(pages);
            pages.down(3);
            pages.paragraph(ReportLines.BASIS, 8, Align.LEFT, false);
            pages.down(8);
            if (r.targets() != null) {
                pages.room(40);
                pages.paragraph(ReportLines.targetTitle(r.targets()), 10, Align.LEFT, true);
                pages.down(3);
                targetSummary(r).draw(pages);
                pages.down(8);
            }

            section(pages, "二、分责任单位");
            groups("责任单位", r.byUnit(), r.summary()).draw(pages);
            pages.down(10);
            if (r.targets() != null) {
                pages.room(40);
                pages.paragraph("分责任单位" + ReportLines.targetTitle(r.targets()), 10, Align.LEFT, true);
                pages.down(3);
                unitTargets(r).draw(pages);
                pages.down(3);
                pages.paragraph(ReportLines.TARGET_BASIS, 8, Align.LEFT, false);
                pages.down(10);
            }

            section(pages, "三、分产业（4+N）");
            groups("产业", r.byIndustry(), r.summary()).draw(pages);
            pages.down(10);

            if (r.publication() != null && "CLOSED".equals(r.publication().status())) {
                adjustments(pages, r);
                pages.down(10);
            }

            notes(pages, r);
            signature(pages);
            pages.finish((page, count) -> "第 " + page + " 页 共 " + count + " 页    " + mark.text());
            document.save(out);
        }
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Attract 招商引资管理平台");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(BusinessDates.ZONE));
        info.setCreationDate(now);
    }

    private static String status(MonthlyReport r) {
        String period = "统计期间 " + r.from() + " 至 " + r.to() + "　　";
        MonthlyReport.Publication p = r.publication();
        if (p != null && "CLOSED".equals(p.status())) {
            return period + "状态：已月结（" + instant(p.closedAt()) + " 由 " + named(p.closedByName(), p.closedBy())
                    + " 月结），以下为月结时发布的数字";
        }
        boolean running = !r.to().equals(YearMonth.parse(r.month()).atEndOfMonth());
        String asOf = ReportLines.dataAsOf(r);
        return period + "状态：未月结，统计截至 " + r.to() + (running ? "（本月尚未结束）" : "") + (asOf == null ? "" : "，" + asOf)
                + "，月结后以月结数为准";
    }

    private static void section(PdfPages pages, String heading) throws IOException {
        pages.room(40);
        pages.paragraph(heading, 11, Align.LEFT, true);
        pages.down(3);
    }

    private static PdfTable summary(MonthlyReport r) {
        PdfTable table = new PdfTable(
                List.of(
                        new Column("指标", 3, false),
                        new Column("当月", 2, true),
                        new Column(ReportLines.yearToDate(r), 2, true),
                        new Column("去年同期", 2, true),
                        new Column("同比(%)", 1.4f, true)),
                9);
        for (ReportLines.SummaryLine line : ReportLines.summary(r)) {
            table.row(List.of(
                    line.label(),
                    text(line.month()),
                    text(line.yearToDate()),
                    text(line.lastYear()),
                    line.yoyPercent() == null ? NONE : ((BigDecimal) line.yoyPercent()).toPlainString()));
        }
        return table;
    }

    private static PdfTable targetSummary(MonthlyReport r) {
        List<String> headers = ReportLines.targetSummaryHeaders(r);
        PdfTable table = new PdfTable(
                List.of(
                        new Column(headers.get(0), 3, false),
                        new Column(headers.get(1), 2, true),
                        new Column(headers.get(2), 2, true),
                        new Column(headers.get(3), 1.4f, true),
                        new Column(headers.get(4), 1.6f, true)),
                9);
        for (MonthlyReport.TargetLine line : r.targets().lines()) {
            table.row(ReportLines.targetSummaryRow(line).stream()
                    .map(MonthlyReportPdf::text)
                    .toList());
        }
        return table;
    }

    /** The units that have targets, each with its completion per metric, and the district's total. */
    private static PdfTable unitTargets(MonthlyReport r) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("责任单位", 2.4f, false));
        ReportLines.targetHeaders().forEach(h -> columns.add(new Column(h, h.contains("目标") ? 1.5f : 1.1f, true)));
        PdfTable table = new PdfTable(columns, 7);
        for (MonthlyReport.Group g : r.byUnit()) {
            if (g.targets() != null) {
                table.row(targetCells(g.name() == null ? "（未填）" : g.name(), g.targets()));
            }
        }
        return table.total(targetCells("合计", r.targets().lines()));
    }

    private static List<String> targetCells(String name, List<MonthlyReport.TargetLine> lines) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        ReportLines.targetFigures(lines).forEach(v -> cells.add(text(v)));
        return cells;
    }

    private static PdfTable groups(String first, List<MonthlyReport.Group> groups, MonthlyReport.Figures total) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(first, 2.4f, false));
        List<String> headers = ReportLines.GROUP_HEADERS;
        List<Object> sample = ReportLines.figures(total);
        for (int c = 1; c < headers.size(); c++) {
            columns.add(new Column(headers.get(c), sample.get(c - 1) instanceof BigDecimal ? 1.7f : 1, true));
        }
        PdfTable table = new PdfTable(columns, 8);
        for (MonthlyReport.Group g : groups) {
            table.row(cells(g.name() == null ? "（未填）" : g.name(), g.figures()));
        }
        return table.total(cells("合计", total));
    }

    private static List<String> cells(String name, MonthlyReport.Figures f) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        ReportLines.figures(f).forEach(v -> cells.add(text(v)));
        return cells;
    }

    /** A closed month: what was recorded after the close, and what the figures would be now. */
    private static void adjustments(PdfPages pages, MonthlyReport r) throws IOException {
        MonthlyReport.Publication p = r.publication();
        section(pages, "四、月结后调整");
        MonthlyReport.Figures live = p.liveSummary();
        if (p.adjustments().isEmpty()) {
            pages.paragraph(
                    (r.ledgerScope() == null ? "月结后" : "月结后本单位") + "没有补录或更正本月及以前业务日期的记录。", 9, Align.LEFT, false);
            return;
        }
        pages.paragraph("以下记录的业务日期在本月末或以前，但录入于月结之后，未计入上表（上表为月结时发布的数字）。", 9, Align.LEFT, false);
        if (live != null) {
            pages.paragraph(
                    "按现时数据：新在谈、签约、落地项目当月 " + live.newMonth() + " 个、累计 " + live.newYear()
                            + " 个；到位资金当月 " + money(live.fundsMonth()) + " 万元、累计 " + money(live.fundsYearToDate())
                            + " 万元。",
                    9,
                    Align.LEFT,
                    false);
        }
        pages.down(3);
        PdfTable table = new PdfTable(
                List.of(
                        new Column("类型", 1.1f, false),
                        new Column("项目编号", 1.6f, false),
                        new Column("项目名称", 3, false),
                        new Column("业务日期", 1.4f, false),
                        new Column("录入时间", 1.8f, false),
                        new Column("录入人", 1.2f, false),
                        new Column("内容", 2.2f, false),
                        new Column("说明", 3, false)),
                8);
        for (MonthlyReport.Adjustment a : p.adjustments()) {
            table.row(List.of(
                    "FUND".equals(a.kind()) ? "到位资金" : "阶段变更",
                    text(a.projectCode()),
                    text(a.projectName()),
                    text(a.businessDate()),
                    instant(a.recordedAt()),
                    text(named(a.recordedByName(), a.recordedBy())),
                    text(a.detail()),
                    text(a.note())));
        }
        table.draw(pages);
    }

    /** 口径说明 on a page of its own: every figure the report shows, with its definition. */
    private static void notes(PdfPages pages, MonthlyReport r) throws IOException {
        pages.newPage();
        section(pages, MonthlyReportWorkbook.NOTES);
        PdfTable table = new PdfTable(
                List.of(new Column("序号", 0.6f, true), new Column("指标", 2.4f, false), new Column("口径", 9, false)), 9);
        int n = 1;
        for (Figure f : ReportLines.figuresShown(r)) {
            table.row(List.of(String.valueOf(n++), f.name(), f.definition()));
        }
        table.draw(pages);
    }

    private static void signature(PdfPages pages) throws IOException {
        pages.room(48);
        pages.down(24);
        float third = pages.width() / 3;
        float baseline = pages.y() - 10;
        String[] labels = {"制表人：", "审核人：", "日期："};
        for (int i = 0; i < labels.length; i++) {
            float x = pages.left() + i * third;
            pages.text(labels[i] + "________________________", x, x + third, baseline, 10, Align.LEFT, false);
        }
        pages.down(16);
    }

    private static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof BigDecimal amount) {
            return money(amount);
        }
        if (value instanceof Instant at) {
            return instant(at);
        }
        return Objects.toString(value);
    }

    /** Every digit the amount has (at least two decimals, thousands grouped): never through a double. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(2, amount.stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** A person's name, or the login of a snapshot stored before names were kept. */
    private static String named(String name, String login) {
        return name != null ? name : login;
    }

    private static String instant(Instant at) {
        return at == null ? NONE : BusinessDates.minute(at);
    }
}
