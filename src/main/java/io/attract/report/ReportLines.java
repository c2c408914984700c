package io.attract.report;

import java.util.Arrays;
import java.util.List;

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

    private ReportLines() {
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
