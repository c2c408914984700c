package io.attract.report;

import io.attract.common.excel.CellText;
import io.attract.common.excel.CopyMark;
import io.attract.figures.Figure;
import io.attract.industry.IndustryCodes;
import io.attract.project.OriginTier;
import io.attract.project.ProjectLabels;
import io.attract.project.ProjectPool;
import io.attract.project.ProjectStage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The monthly report as .xlsx: 汇总, 分单位, 分产业 and 项目台账, whose sums are the summary's, and 口径说明, the
 * definition of every figure the other sheets show.
 */
final class MonthlyReportWorkbook {

    static final String NOTES = "口径说明";
    private static final String MONEY = "#,##0.00";
    private static final List<String> LEDGER_HEADERS = List.of(
            "项目编号",
            "项目名称",
            "所在库",
            "阶段",
            "是否重点",
            "投资方",
            "统一社会信用代码",
            "来源层级",
            "行业(4+N)",
            "国民经济行业代码",
            "组团",
            "园区/载体",
            "落地街道",
            "建设内容",
            "招商方式",
            "关联活动/外出招商",
            "总投资(万元)",
            "固定资产投资(万元)",
            "合同外资(万美元)",
            "当月到位资金(万元)",
            "当年累计到位(万元)",
            "历年累计到位(万元)",
            "当月实际使用外资(万美元)",
            "当年实际使用外资(万美元)",
            "首谈日期",
            "签约日期",
            "注册日期",
            "开工日期",
            "投产日期",
            "包挂领导",
            "责任单位",
            "责任人",
            "当月新在谈、签约、落地",
            "本年新在谈、签约、落地",
            "计入统计投资(万元)");
    private static final Map<String, String> BUCKETS = Map.of("NEGOTIATING", "在谈", "SIGNED", "签约", "LANDED", "落地");

    private MonthlyReportWorkbook() {}

    static void write(MonthlyReport report, CopyMark mark, OutputStream out) throws IOException {
        // One sheet is written out at a time (finish), so that the ledger can stream its rows.
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet summary = mark.sheet(workbook, "汇总");
        summary(summary, report);
        summary.finish();
        Worksheet units = mark.sheet(workbook, "分单位");
        groups(units, "责任单位", report.byUnit(), report.summary(), report.targets());
        units.finish();
        Worksheet industries = mark.sheet(workbook, "分产业");
        groups(industries, "产业(4+N)", report.byIndustry(), report.summary(), null);
        industries.finish();
        Worksheet ledger = mark.sheet(workbook, "项目台账");
        String scope = ReportLines.scopeLine(report);
        if (scope != null) {
            // On every printed page of the ledger ('&' starts a header code in Excel).
            ledger.header(scope.replace("&", "&&"), Position.CENTER, "宋体", 10);
        }
        ledger(ledger, report.projects());
        ledger.finish();
        notes(mark.sheet(workbook, NOTES), report);
        workbook.finish();
    }

    /** 口径说明: 序号, 指标, 口径 of every figure the workbook shows. */
    private static void notes(Worksheet s, MonthlyReport r) {
        header(s, 0, List.of("序号", "指标", "口径"));
        int row = 1;
        for (Figure f : ReportLines.figuresShown(r)) {
            s.value(row, 0, row);
            s.value(row, 1, f.name());
            s.value(row, 2, f.definition());
            s.style(row, 2).wrapText(true).set();
            row++;
        }
        s.width(0, 6);
        s.width(1, 26);
        s.width(2, 90);
        s.freezePane(0, 1);
    }

    private static void summary(Worksheet s, MonthlyReport r) {
        String asOf = ReportLines.dataAsOf(r);
        s.value(0, 0, "招商引资月报 " + r.month() + "（统计截至 " + r.to() + (asOf == null ? "" : "，" + asOf) + "）");
        s.style(0, 0).bold().fontSize(14).set();
        String scope = ReportLines.scopeLine(r);
        if (scope != null) {
            s.value(1, 0, scope);
            s.style(1, 0).bold().fontColor("C00000").set();
        }
        header(s, 2, List.of("指标", "当月", ReportLines.yearToDate(r), "去年同期", "同比(%)"));
        int row = 3;
        for (ReportLines.SummaryLine line : ReportLines.summary(r)) {
            row(s, row++, line.label(), line.month(), line.yearToDate(), line.lastYear(), line.yoyPercent());
        }
        if (r.targets() != null) {
            row++;
            s.value(row, 0, ReportLines.targetTitle(r.targets()));
            s.style(row, 0).bold().set();
            header(s, ++row, ReportLines.targetSummaryHeaders(r));
            row++;
            for (MonthlyReport.TargetLine line : r.targets().lines()) {
                List<Object> values = ReportLines.targetSummaryRow(line);
                for (int c = 0; c < values.size(); c++) {
                    cell(s, row, c, values.get(c));
                }
                row++;
            }
            s.value(row + 2, 0, ReportLines.TARGET_BASIS);
        }
        s.value(row + 1, 0, ReportLines.BASIS);
        s.width(0, 30);
        for (int c = 1; c <= 4; c++) {
            s.width(c, 18);
        }
        s.freezePane(0, 3);
    }

    /** With {@code targets} (the unit sheet of a report that has them), each row ends with its target completion. */
    private static void groups(
            Worksheet s,
            String first,
            List<MonthlyReport.Group> groups,
            MonthlyReport.Figures total,
            MonthlyReport.Targets targets) {
        List<String> headers = new java.util.ArrayList<>(ReportLines.GROUP_HEADERS);
        headers.set(0, first);
        int figureColumns = headers.size();
        if (targets != null) {
            headers.addAll(ReportLines.targetHeaders());
        }
        header(s, 0, headers);
        int row = 1;
        for (MonthlyReport.Group g : groups) {
            figures(s, row, g.name() == null ? "（未填）" : g.name(), g.figures());
            if (targets != null) {
                values(s, row, figureColumns, ReportLines.targetFigures(g.targets()));
            }
            row++;
        }
        figures(s, row, "合计", total);
        if (targets != null) {
            values(s, row, figureColumns, ReportLines.targetFigures(targets.lines()));
        }
        s.style(row, 0).bold().set();
        s.width(0, 28);
        for (int c = 1; c < headers.size(); c++) {
            s.width(c, 14);
        }
        s.freezePane(1, 1);
    }

    private static void figures(Worksheet s, int row, String name, MonthlyReport.Figures f) {
        cell(s, row, 0, name);
        List<Object> values = ReportLines.figures(f);
        for (int c = 0; c < values.size(); c++) {
            cell(s, row, c + 1, values.get(c));
        }
    }

    private static void values(Worksheet s, int row, int firstColumn, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            cell(s, row, firstColumn + c, values.get(c));
        }
    }

    /**
     * Every column's width and the pane are set before the first row is written: fastexcel writes them at the head
     * of the sheet, and a column without a width is sized by reading every row of it at the end (at 100,000
     * projects, most of the workbook's time). Rows go out every 1,000, so the sheet is never held whole.
     */
    private static void ledger(Worksheet s, List<ReportRow> rows) throws IOException {
        for (int c = 0; c < LEDGER_HEADERS.size(); c++) {
            s.width(c, 14);
        }
        s.width(1, 36);
        s.width(5, 30);
        s.width(6, 22);
        s.freezePane(2, 1);
        header(s, 0, LEDGER_HEADERS);
        int row = 1;
        for (ReportRow r : rows) {
            Object[] v = {
                r.code(),
                r.name(),
                r.pool() == null ? null : ProjectLabels.pool(ProjectPool.valueOf(r.pool())),
                r.stage() == null ? null : ProjectLabels.stage(ProjectStage.valueOf(r.stage())),
                r.keyProject() ? "是" : "否",
                r.investors(),
                r.creditCodes(),
                r.originTier() == null ? null : ProjectLabels.tier(OriginTier.valueOf(r.originTier())),
                r.industry(),
                IndustryCodes.label(r.industryCode()),
                r.zone(),
                r.park(),
                r.street(),
                r.constructionContent(),
                r.attractionMethod(),
                r.source(),
                r.totalInvestment(),
                r.fixedAssetInvestment(),
                r.contractForeignUsd(),
                r.fundsMonth(),
                r.fundsYearToDate(),
                r.fundsAllTime(),
                r.foreignUsdMonth(),
                r.foreignUsdYearToDate(),
                r.negotiatingOn(),
                r.signedOn(),
                r.registeredOn(),
                r.constructionOn(),
                r.operatingOn(),
                r.sponsorLeader(),
                r.unitName(),
                r.ownerUsername(),
                label(BUCKETS, r.newThisMonth()),
                label(BUCKETS, r.newThisYear()),
                r.countedInvestment()
            };
            for (int c = 0; c < v.length; c++) {
                cell(s, row, c, v[c]);
            }
            row++;
            if (row % 1000 == 0) {
                s.flush();
            }
        }
    }

    private static String label(Map<String, String> labels, String key) {
        return key == null ? null : labels.getOrDefault(key, key);
    }

    private static void header(Worksheet s, int row, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            s.value(row, c, headers.get(c));
            s.style(row, c).bold().fillColor("EEEEEE").wrapText(true).set();
        }
    }

    private static void row(
            Worksheet s, int row, String label, Object month, Object year, Object lastYear, Object yoy) {
        Object[] values = {label, month, year, lastYear, yoy};
        for (int c = 0; c < values.length; c++) {
            cell(s, row, c, values[c]);
        }
    }

    private static void cell(Worksheet s, int row, int column, Object value) {
        if (value instanceof BigDecimal amount) {
            s.value(row, column, amount);
            s.style(row, column).format(MONEY).set();
        } else if (value instanceof Number number) {
            s.value(row, column, number);
        } else if (value instanceof LocalDate date) {
            s.value(row, column, date);
            s.style(row, column).format("yyyy-mm-dd").set();
        } else if (value != null) {
            s.value(row, column, CellText.safe(value.toString()));
        }
    }
}
