package io.attract.report;

import static io.attract.figures.FigureCatalogue.COUNTED_INVESTMENT;
import static io.attract.figures.FigureCatalogue.FOREIGN_USD;
import static io.attract.figures.FigureCatalogue.FUNDS;
import static io.attract.figures.FigureCatalogue.NEW_LANDED;
import static io.attract.figures.FigureCatalogue.NEW_NEGOTIATING;
import static io.attract.figures.FigureCatalogue.NEW_PROJECTS;
import static io.attract.figures.FigureCatalogue.NEW_SIGNED;
import static io.attract.figures.FigureCatalogue.SIGNED_PROJECTS;
import static io.attract.figures.FigureCatalogue.TARGET_COMPLETION;
import static io.attract.figures.FigureCatalogue.TIME_PROGRESS;

import io.attract.figures.Figure;
import io.attract.figures.FigureCatalogue;
import io.attract.ranking.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The summary rows and the group columns the .xlsx and the PDF share: the same figures under the same names. */
final class ReportLines {

    /**
     * A summary row: 当月, 1–N月累计, 去年同期 (last year's year to date) and 同比 in percent; nulls stay blank.
     * {@code figure} is its id in the catalogue of figures (口径).
     */
    record SummaryLine(
            String figure, String label, Object month, Object yearToDate, Object lastYear, Object yoyPercent) {}

    /** A figure's one name (docs/figures.md) with the unit it is printed in. */
    static String name(String figure, String unit) {
        return FigureCatalogue.get(figure).name() + unit;
    }

    private static final String COUNT = "(个)";
    private static final String CNY = "(万元)";
    private static final String USD = "(万美元)";

    /** The group columns after the name, each the catalogue id of what it shows. */
    static final List<String> GROUP_FIGURES = List.of(
            NEW_PROJECTS,
            NEW_NEGOTIATING,
            NEW_SIGNED,
            NEW_LANDED,
            NEW_PROJECTS,
            NEW_NEGOTIATING,
            NEW_SIGNED,
            NEW_LANDED,
            COUNTED_INVESTMENT,
            FUNDS,
            FUNDS,
            FOREIGN_USD,
            FOREIGN_USD);

    static final List<String> GROUP_HEADERS = List.of(
            "名称",
            "当月" + name(NEW_PROJECTS, ""),
            name(NEW_NEGOTIATING, ""),
            name(NEW_SIGNED, ""),
            name(NEW_LANDED, ""),
            "本年" + name(NEW_PROJECTS, ""),
            name(NEW_NEGOTIATING, ""),
            name(NEW_SIGNED, ""),
            name(NEW_LANDED, ""),
            "本年" + name(COUNTED_INVESTMENT, CNY),
            "当月" + name(FUNDS, CNY),
            "本年累计" + name(FUNDS, CNY),
            "当月" + name(FOREIGN_USD, USD),
            "本年" + name(FOREIGN_USD, USD));

    static final String BASIS =
            "口径：新在谈、签约、落地项目按项目首次进入在谈、签约、落地阶段的业务日期统计，每个项目只按期内所达最远阶段" + "计一次；开工或投产视同落地。各项指标的口径见“口径说明”。";

    static final String TARGET_BASIS = "目标口径：年度目标为各责任单位考核目标之和；完成率 = 1–N月累计 ÷ 年度目标，序时进度 = N/12，"
            + "较序时进度 = 完成率 − 序时进度（正数为超序时进度，负数为低于序时进度）；新签约项目（含已落地）按项目首次签约（跳过签约的按其后"
            + "首个阶段）的业务日期统计，当年签约并落地的项目同时计入新签约项目（含已落地）和新落地项目。";

    /** The metric as the sheets name it (its figure's name), without its unit. */
    static final Map<Metric, String> METRIC = Map.of(
            Metric.SIGNED,
            name(SIGNED_PROJECTS, ""),
            Metric.LANDED,
            name(NEW_LANDED, ""),
            Metric.FUNDS,
            name(FUNDS, ""),
            Metric.FOREIGN_USD,
            name(FOREIGN_USD, ""));

    private static final Map<Metric, String> UNIT =
            Map.of(Metric.SIGNED, COUNT, Metric.LANDED, COUNT, Metric.FUNDS, CNY, Metric.FOREIGN_USD, USD);

    /** The figures among the project ledger's columns: its new-project buckets, counted investment and funds. */
    static final List<String> LEDGER_FIGURES = List.of(FUNDS, FOREIGN_USD, NEW_PROJECTS, COUNTED_INVESTMENT);

    /**
     * Every figure the report shows, in the order it first shows them: the summary, the groups, the targets (when the
     * report has them) and the ledger. The 口径说明 of the .xlsx and the PDF list these.
     */
    static List<Figure> figuresShown(MonthlyReport r) {
        Set<String> ids = new LinkedHashSet<>();
        summary(r).forEach(l -> ids.add(l.figure()));
        ids.addAll(GROUP_FIGURES);
        if (r.targets() != null) {
            r.targets().lines().forEach(l -> ids.add(l.metric().figure()));
            ids.add(TARGET_COMPLETION);
            ids.add(TIME_PROGRESS);
        }
        ids.addAll(LEDGER_FIGURES);
        return ids.stream().map(FigureCatalogue::get).toList();
    }

    /** The columns of the district's target block: metric, target, actual, completion, points ahead. */
    static List<String> targetSummaryHeaders(MonthlyReport r) {
        return List.of("指标", "年度目标", yearToDate(r), "完成率(%)", "较序时进度(百分点)");
    }

    static String targetTitle(MonthlyReport.Targets t) {
        return "目标完成情况（序时进度 " + t.timeProgressPercent().stripTrailingZeros().toPlainString() + "%）";
    }

    /** A target line as a row of the district's target block. */
    static List<Object> targetSummaryRow(MonthlyReport.TargetLine l) {
        return Arrays.asList(
                METRIC.get(l.metric()) + UNIT.get(l.metric()),
                count(l.metric(), l.target()),
                count(l.metric(), l.actual()),
                l.completionPercent(),
                l.aheadPoints());
    }

    /** A project metric's target or actual as a whole number, so that no sheet prints a count with decimals. */
    private static Object count(Metric m, BigDecimal value) {
        return value == null || m.money() ? value : value.toBigInteger();
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
            MonthlyReport.TargetLine l = lines == null
                    ? null
                    : lines.stream().filter(x -> x.metric() == m).findFirst().orElse(null);
            values.add(l == null ? null : count(m, l.target()));
            values.add(l == null ? null : l.completionPercent());
            values.add(l == null ? null : l.aheadPoints());
        }
        return values;
    }

    private ReportLines() {}

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
        return scope.unitId() == null ? "台账不含任何项目：尚未分配所属单位" + rest : "台账仅含本单位项目：" + scope.unitName() + rest;
    }

    /**
     * 数据截至 of a month still open: when the data it was read from was current (the read replica's replay time,
     * ADR 0019); null for a closed month (its figures are the published ones) or when unknown.
     */
    static String dataAsOf(MonthlyReport r) {
        boolean closed =
                r.publication() != null && "CLOSED".equals(r.publication().status());
        return closed || r.dataAsOf() == null
                ? null
                : "数据截至 " + io.attract.common.time.BusinessDates.minute(r.dataAsOf());
    }

    static String yearToDate(MonthlyReport r) {
        return "1–" + r.to().getMonthValue() + "月累计";
    }

    static List<SummaryLine> summary(MonthlyReport r) {
        MonthlyReport.Figures f = r.summary();
        return List.of(
                new SummaryLine(
                        NEW_PROJECTS,
                        name(NEW_PROJECTS, COUNT),
                        f.newMonth(),
                        f.newYear(),
                        r.newLastYear(),
                        r.newYoyPercent()),
                new SummaryLine(
                        NEW_NEGOTIATING,
                        name(NEW_NEGOTIATING, COUNT),
                        f.negotiatingMonth(),
                        f.negotiatingYear(),
                        null,
                        null),
                new SummaryLine(NEW_SIGNED, name(NEW_SIGNED, COUNT), f.signedMonth(), f.signedYear(), null, null),
                new SummaryLine(NEW_LANDED, name(NEW_LANDED, COUNT), f.landedMonth(), f.landedYear(), null, null),
                new SummaryLine(
                        FUNDS,
                        name(FUNDS, CNY),
                        f.fundsMonth(),
                        f.fundsYearToDate(),
                        r.fundsLastYear(),
                        r.fundsYoyPercent()),
                new SummaryLine(
                        FOREIGN_USD,
                        name(FOREIGN_USD, USD),
                        f.foreignUsdMonth(),
                        f.foreignUsdYearToDate(),
                        r.foreignUsdLastYear(),
                        r.foreignUsdYoyPercent()),
                new SummaryLine(
                        COUNTED_INVESTMENT,
                        "本年" + name(COUNTED_INVESTMENT, CNY),
                        null,
                        f.totalInvestmentNewYear(),
                        null,
                        null));
    }

    /** A group's figures in the order of {@link #GROUP_HEADERS} after the name. */
    static List<Object> figures(MonthlyReport.Figures f) {
        return Arrays.asList(
                f.newMonth(),
                f.negotiatingMonth(),
                f.signedMonth(),
                f.landedMonth(),
                f.newYear(),
                f.negotiatingYear(),
                f.signedYear(),
                f.landedYear(),
                f.totalInvestmentNewYear(),
                f.fundsMonth(),
                f.fundsYearToDate(),
                f.foreignUsdMonth(),
                f.foreignUsdYearToDate());
    }
}
