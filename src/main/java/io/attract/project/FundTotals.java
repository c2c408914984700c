package io.attract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 当月 / 当年累计 / 历年累计 as of a business date, in 万元 and 万美元, of the counted entries; exact decimals. */
public record FundTotals(
        LocalDate asOf,
        BigDecimal month,
        BigDecimal yearToDate,
        BigDecimal allTime,
        BigDecimal foreignUsdMonth,
        BigDecimal foreignUsdYearToDate,
        BigDecimal foreignUsdAllTime) {

    static FundTotals of(List<ProjectFund> funds, LocalDate asOf) {
        BigDecimal month = BigDecimal.ZERO, year = BigDecimal.ZERO, all = BigDecimal.ZERO;
        BigDecimal usdMonth = BigDecimal.ZERO, usdYear = BigDecimal.ZERO, usdAll = BigDecimal.ZERO;
        for (ProjectFund f : funds) {
            if (f.arrivedOn.isAfter(asOf) || !f.counted()) {
                continue;
            }
            all = all.add(f.amount);
            usdAll = usdAll.add(f.foreignUsd);
            if (f.arrivedOn.getYear() == asOf.getYear()) {
                year = year.add(f.amount);
                usdYear = usdYear.add(f.foreignUsd);
                if (f.arrivedOn.getMonth() == asOf.getMonth()) {
                    month = month.add(f.amount);
                    usdMonth = usdMonth.add(f.foreignUsd);
                }
            }
        }
        return new FundTotals(asOf, month, year, all, usdMonth, usdYear, usdAll);
    }
}
