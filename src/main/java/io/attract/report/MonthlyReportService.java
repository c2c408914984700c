package io.attract.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.attract.common.error.ApiException;
import io.attract.common.time.BusinessDates;

@ApplicationScoped
@Transactional
public class MonthlyReportService {

    @Inject
    ReportQueries queries;

    /** The live figures, computed now from the dated events. */
    public MonthlyReport live(String month) {
        YearMonth ym = parse(month);
        LocalDate today = BusinessDates.today();
        if (ym.atDay(1).isAfter(today)) {
            throw ApiException.invalid("month", "report.month_in_future", ym + " 尚未开始，没有月报。");
        }
        LocalDate to = ym.atEndOfMonth().isAfter(today) ? today : ym.atEndOfMonth();
        List<ReportRow> rows = queries.rows(ym.atDay(1), to);
        MonthlyReport.Figures summary = MonthlyReport.Figures.of(rows);
        Object[] last = queries.lastYear(to);
        long newLastYear = ((Number) last[0]).longValue();
        BigDecimal fundsLastYear = (BigDecimal) last[1];
        BigDecimal usdLastYear = (BigDecimal) last[2];
        return new MonthlyReport(ym.toString(), ym.atDay(1), to, summary,
                MonthlyReport.yoy(BigDecimal.valueOf(summary.newYear()), BigDecimal.valueOf(newLastYear)),
                MonthlyReport.yoy(summary.fundsYearToDate(), fundsLastYear),
                MonthlyReport.yoy(summary.foreignUsdYearToDate(), usdLastYear), newLastYear, fundsLastYear,
                usdLastYear, MonthlyReport.groups(rows, ReportRow::unitId, ReportRow::unitName),
                MonthlyReport.groups(rows, ReportRow::industryId, ReportRow::industry), rows, null);
    }

    static YearMonth parse(String month) {
        try {
            YearMonth ym = YearMonth.parse(month);
            if (ym.getYear() >= 2000 && ym.getYear() <= 2100) {
                return ym;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.invalid("month", "report.bad_month", "月份应写作 YYYY-MM，如 2026-11。");
    }
}
