package io.attract.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.attract.ranking.Metric;

/** The summary rows and the group columns the .xlsx and the PDF share: the same figures under the same names. */
final class ReportLines {

    /** A summary row: 当月, 1–N月累计, 去年同期 (last year's year to date) and 同比 in percent; nulls stay blank. */
    record SummaryLine(String label, Object month, Object yearToDate, Object lastYear, Object yoyPercent) {
    }

    static final List<String> GROUP_HEADERS = List.of("名称", "当月新增项目", "其中在谈", "其中签约", "其中落地",
            "本年新增项目", "其中在谈", "其中签约", "其中落地", "本年新增项目总投资(万元)", "当月到位资金(万元)", "本年累计到位(万元)",
            "当月实际使用外资(万美元)", "本年实际使用外资(万美元)");

    static final String BASIS = "口径：新在谈/新签约/新落地按项目首次进入该阶段的业务日期统计，每个项目只按期内到达的最远阶段计一次；"
            + "开工或投产视同落地。";

    static final String TARGET_BASIS = "目标口径：年度目标为各责任单位考核目标之和；完成率 = 1–N月累计 ÷ 年度目标，序时进度 = N/12，"
            + "较序时进度 = 完成率 − 序时进度（正数为超序时进度，负数为低于序时进度）；新签约按项目首次签约（跳过签约的按其后首个阶段）"
            + "的业务日期统计，当年签约并落地的项目同时计入新签约和新落地。";

    /** The metric as the sheets name it, without its unit. */
    static final Map<Metric, String> METRIC = Map.of(Metric.SIGNED, "新签约项目", Metric.LANDED, "新落地项目", Metric.FUNDS,
            "到位资金", Metric.FOREIGN_USD, "实际使用外资");
    private static final Map<Metric, String> UNIT = Map.of(Metric.SIGNED, "(个)", Metric.LANDED, "(个)", Metric.FUNDS,
            "(万元)", Metric.FOREIGN_USD, "(万美元)");

    /** The columns of the district's target block: metric, target, actual, completion, points ahead. */
    static List<String> targetSummaryHeaders(MonthlyReport r) {
        return List.of("指标", "年度目标", yearToDate(r), "完成率(%)", "较序时进度(百分点)");
    }

    static String targetTitle(MonthlyReport.Targets t) {
        return "目标完成情况（序时进度 " + t.timeProgressPercent().stripTrailingZeros().toPlainString() + "%）";
    }

    /** A target line as a row of the district's target block. */
    static List<Object> targetSummaryRow(MonthlyReport.TargetLine l) {
        return Arrays.asList(METRIC.get(l.metric()) + UNIT.get(l.metric()), l.target(), l.actual(),
                l.completionPercent(), l.aheadPoints());
    }

    /** The unit sheet's target columns: per metric its target, completion and points ahead of 序时进度. */
    static List<String> targetHeaders() {
        List<String> headers = new ArrayList<>();
        for (Metric m : Metric.values()) {
            headers.add(METRIC.get(m) + "年度目标" + UNIT.get(m));
            headers.add(METRIC.get(m) + "完成率(%)");
            headers.add(METRIC.get(m) + "较序时进度(百分点)");
        }
        return headers;
    }

    /** Values under {@link #targetHeaders()}; blanks where the group has no target for the metric. */
    static List<Object> targetFigures(List<MonthlyReport.TargetLine> lines) {
        List<Object> values = new ArrayList<>();
        for (Metric m : Metric.values()) {
            MonthlyReport.TargetLine l = lines == null ? null
                    : lines.stream().filter(x -> x.metric() == m).findFirst().orElse(null);
            values.add(l == null ? null : l.target());
            values.add(l == null ? null : l.completionPercent());
            values.add(l == null ? null : l.aheadPoints());
        }
        return values;
    }

    private ReportLines() {
    }

    /**
     * The line under the title of a report whose project lines are one unit's only, so that a printed copy is not
     * taken for the district's ledger; null when they are the whole district's.
     */
    static String scopeLine(MonthlyReport r) {
        MonthlyReport.LedgerScope scope = r.ledgerScope();
        if (scope == null) {
            return null;
        }
        String rest = "（月结后调整同；汇总、分单位、分产业为全区数字）";
        return scope.unitId() == null ? "台账不含任何项目：尚未分配所属单位" + rest
                : "台账仅含本单位项目：" + scope.unitName() + rest;
    }

    static String yearToDate(MonthlyReport r) {
        return "1–" + r.to().getMonthValue() + "月累计";
    }

    static List<SummaryLine> summary(MonthlyReport r) {
        MonthlyReport.Figures f = r.summary();
        return List.of(
                new SummaryLine("新在谈、签约、落地项目(个)", f.newMonth(), f.newYear(), r.newLastYear(), r.newYoyPercent()),
                new SummaryLine("其中：新在谈(个)", f.negotiatingMonth(), f.negotiatingYear(), null, null),
                new SummaryLine("其中：新签约(个)", f.signedMonth(), f.signedYear(), null, null),
                new SummaryLine("其中：新落地(个)", f.landedMonth(), f.landedYear(), null, null),
                new SummaryLine("到位资金(万元)", f.fundsMonth(), f.fundsYearToDate(), r.fundsLastYear(),
                        r.fundsYoyPercent()),
                new SummaryLine("实际使用外资(万美元)", f.foreignUsdMonth(), f.foreignUsdYearToDate(), r.foreignUsdLastYear(),
                        r.foreignUsdYoyPercent()),
                new SummaryLine("本年新增项目总投资(万元)", null, f.totalInvestmentNewYear(), null, null));
    }

    /** A group's figures in the order of {@link #GROUP_HEADERS} after the name. */
    static List<Object> figures(MonthlyReport.Figures f) {
        return Arrays.asList(f.newMonth(), f.negotiatingMonth(), f.signedMonth(), f.landedMonth(), f.newYear(),
                f.negotiatingYear(), f.signedYear(), f.landedYear(), f.totalInvestmentNewYear(), f.fundsMonth(),
                f.fundsYearToDate(), f.foreignUsdMonth(), f.foreignUsdYearToDate());
    }
}
