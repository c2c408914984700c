package io.attract.project;

import static io.attract.project.LedgerColumns.FOREIGN_USD;
import static io.attract.project.LedgerColumns.FOREIGN_USD_YEAR;
import static io.attract.project.LedgerColumns.FUNDS_ALL;
import static io.attract.project.LedgerColumns.FUNDS_MONTH;
import static io.attract.project.LedgerColumns.FUNDS_YEAR;
import static io.attract.project.LedgerColumns.ORIGIN_TIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The fund entries a ledger row means, so that the project's month, year-to-date and all-time totals as of the
 * ledger month's end equal the ledger's: the month's amount as one entry (台账导入 YYYY-MM), what the year had
 * before this month beyond the system's records as an opening entry (台账期初 YYYY年1–M月, at the previous month's
 * end) and what earlier years had as another (台账期初 YYYY年以前, at 31 December). The import owns these three
 * entries and re-computes them on every import; the system's other entries are taken as they are.
 */
final class LedgerFundPlan {

    /** Create (existing null), update, or delete (amount null) one of the import's own entries. */
    record Change(
            ProjectFund existing, LocalDate arrivedOn, BigDecimal amount, BigDecimal foreignUsd, String evidence) {}

    private record Wanted(String evidence, LocalDate on, BigDecimal amount, BigDecimal usd) {

        Wanted withUsd(BigDecimal foreignUsd) {
            return new Wanted(evidence, on, amount, foreignUsd);
        }
    }

    private LedgerFundPlan() {}

    static String monthEvidence(YearMonth month) {
        return "台账导入 " + month;
    }

    static List<Change> plan(
            LedgerRow row,
            List<ProjectFund> funds,
            OriginTier tier,
            YearMonth month,
            LocalDate ledgerDay,
            BiConsumer<String, String> error) {
        LedgerRow.Money money = row.money();
        int previous = month.getMonthValue() - 1;
        String monthLabel = monthEvidence(month);
        String yearLabel = "台账期初 " + month.getYear() + "年" + (previous <= 1 ? "1月" : "1–" + previous + "月");
        String priorLabel = "台账期初 " + month.getYear() + "年以前";
        ProjectFund monthEntry = owned(funds, monthLabel);
        // January has no months before it: its year opening would share February's label.
        ProjectFund yearEntry = previous == 0 ? null : owned(funds, yearLabel);
        ProjectFund priorEntry = owned(funds, priorLabel);
        List<ProjectFund> others = funds.stream()
                .filter(f -> f != monthEntry && f != yearEntry && f != priorEntry)
                .toList();
        LocalDate start = month.atDay(1);
        LocalDate january = LocalDate.of(month.getYear(), 1, 1);
        BigDecimal inMonth = sum(others, f -> !f.arrivedOn.isBefore(start), false);
        BigDecimal inMonthUsd = sum(others, f -> !f.arrivedOn.isBefore(start), true);
        BigDecimal beforeMonth = sum(others, f -> f.arrivedOn.isBefore(start) && !f.arrivedOn.isBefore(january), false);
        BigDecimal beforeMonthUsd =
                sum(others, f -> f.arrivedOn.isBefore(start) && !f.arrivedOn.isBefore(january), true);
        BigDecimal earlierYears = sum(others, f -> f.arrivedOn.isBefore(january), false);
        List<Wanted> wanted = new ArrayList<>();
        BigDecimal monthTotal;
        if (row.has(FUNDS_MONTH)) {
            monthTotal = zeroIfNull(money.month());
            BigDecimal amount = monthTotal.subtract(inMonth);
            BigDecimal usd = row.has(FOREIGN_USD)
                    ? zeroIfNull(money.foreignUsd()).subtract(inMonthUsd)
                    : monthEntry == null ? BigDecimal.ZERO : monthEntry.foreignUsd;
            if (amount.signum() < 0) {
                error.accept(
                        FUNDS_MONTH,
                        "当月到位资金（" + plain(monthTotal) + "）少于系统中本月已登记的到位资金（" + plain(inMonth) + "）：系统中的记录如有误，请先在系统中修改");
            } else if (usd.signum() < 0 || (usd.signum() > 0 && amount.signum() == 0)) {
                error.accept(FOREIGN_USD, "实际使用外资与系统中本月已登记的（" + plain(inMonthUsd) + " 万美元）对不上：请在系统中核对本月的到位资金");
            }
            wanted.add(new Wanted(monthLabel, ledgerDay, amount, usd));
        } else {
            monthTotal = inMonth.add(monthEntry == null ? BigDecimal.ZERO : monthEntry.amount);
        }
        BigDecimal yearTotal;
        if (row.has(FUNDS_YEAR) && money.yearToDate() != null) {
            yearTotal = money.yearToDate();
            BigDecimal opening = yearTotal.subtract(monthTotal).subtract(beforeMonth);
            if (opening.signum() < 0) {
                error.accept(
                        FUNDS_YEAR,
                        "当年累计到位（" + plain(yearTotal) + "）少于当月到位资金（" + plain(monthTotal) + "）与系统中本年此前已登记的到位资金（"
                                + plain(beforeMonth) + "）之和：系统中的记录如有误，请先在系统中修改");
            } else if (opening.signum() > 0 && previous == 0) {
                error.accept(FUNDS_YEAR, "1月的当年累计到位应等于当月到位资金（" + plain(monthTotal) + "）");
            }
            if (previous > 0) {
                wanted.add(new Wanted(yearLabel, start.minusDays(1), opening, BigDecimal.ZERO));
            }
        } else {
            yearTotal = monthTotal.add(beforeMonth).add(yearEntry == null ? BigDecimal.ZERO : yearEntry.amount);
        }
        if (row.has(FOREIGN_USD_YEAR) && money.foreignUsdYearToDate() != null) {
            yearToDateUsd(
                    wanted, money, row.has(FOREIGN_USD), inMonthUsd, beforeMonthUsd, monthLabel, yearLabel, error);
        }
        if (row.has(FUNDS_ALL) && money.allTime() != null) {
            BigDecimal opening = money.allTime().subtract(yearTotal).subtract(earlierYears);
            if (opening.signum() < 0) {
                error.accept(
                        FUNDS_ALL,
                        "历年累计到位（" + plain(money.allTime()) + "）少于当年累计（" + plain(yearTotal) + "）与系统中以前年度已登记的到位资金（"
                                + plain(earlierYears) + "）之和：系统中的记录如有误，请先在系统中修改");
            }
            wanted.add(new Wanted(priorLabel, january.minusDays(1), opening, BigDecimal.ZERO));
        }
        return changes(wanted, Arrays.asList(monthEntry, yearEntry, priorEntry), tier, error);
    }

    /**
     * Puts the year's FDI to date that the system does not have yet on the import's entries. With the month's FDI
     * in the sheet, the rest is the year's opening; without it the month is known only when all of the year's
     * new funds arrived in the month (the opening has no amount): otherwise the month's share cannot be told and
     * it all counts in the opening, so that the year to date is exact and a month is never overstated. The
     * next month's ledger then gives its month exactly, as the difference of the two to-date figures.
     */
    private static void yearToDateUsd(
            List<Wanted> wanted,
            LedgerRow.Money money,
            boolean monthGiven,
            BigDecimal inMonthUsd,
            BigDecimal beforeMonthUsd,
            String monthLabel,
            String yearLabel,
            BiConsumer<String, String> error) {
        Wanted month = wanted.stream()
                .filter(w -> w.evidence().equals(monthLabel))
                .findFirst()
                .orElse(null);
        Wanted opening = wanted.stream()
                .filter(w -> w.evidence().equals(yearLabel))
                .findFirst()
                .orElse(null);
        BigDecimal monthUsd = month == null ? BigDecimal.ZERO : month.usd();
        BigDecimal rest = money.foreignUsdYearToDate()
                .subtract(inMonthUsd)
                .subtract(beforeMonthUsd)
                .subtract(monthGiven ? monthUsd : BigDecimal.ZERO);
        if (rest.signum() < 0) {
            error.accept(
                    FOREIGN_USD_YEAR,
                    "当年累计实际使用外资（" + plain(money.foreignUsdYearToDate())
                            + " 万美元）少于系统中本年已登记的（"
                            + plain(inMonthUsd.add(beforeMonthUsd).add(monthUsd))
                            + " 万美元）：系统中的记录如有误，请先在系统中修改");
            return;
        }
        boolean openingHasAmount = opening != null && opening.amount().signum() > 0;
        boolean toMonth = !monthGiven
                && !openingHasAmount
                && month != null
                && month.amount().signum() > 0;
        if (rest.signum() == 0) {
            if (!monthGiven && month != null) {
                replace(wanted, month, month.withUsd(BigDecimal.ZERO));
            }
        } else if (toMonth) {
            replace(wanted, month, month.withUsd(rest));
        } else if (openingHasAmount) {
            if (!monthGiven && month != null) {
                replace(wanted, month, month.withUsd(BigDecimal.ZERO));
            }
            replace(wanted, opening, opening.withUsd(rest));
        } else {
            error.accept(
                    FOREIGN_USD_YEAR,
                    "当年累计实际使用外资（" + plain(money.foreignUsdYearToDate()) + " 万美元）中有 " + plain(rest)
                            + " 万美元没有对应的到位资金：实际使用外资是到位资金的一部分，请核对当年累计到位");
        }
    }

    private static void replace(List<Wanted> wanted, Wanted old, Wanted now) {
        wanted.set(wanted.indexOf(old), now);
    }

    private static List<Change> changes(
            List<Wanted> wanted, List<ProjectFund> entries, OriginTier tier, BiConsumer<String, String> error) {
        List<Change> changes = new ArrayList<>();
        for (Wanted w : wanted) {
            ProjectFund existing = entries.stream()
                    .filter(f -> f != null && f.evidence.equals(w.evidence()))
                    .findFirst()
                    .orElse(null);
            if (w.amount().signum() <= 0) {
                if (existing != null) {
                    changes.add(new Change(existing, null, null, null, w.evidence()));
                }
                continue;
            }
            boolean same = existing != null
                    && existing.arrivedOn.equals(w.on())
                    && existing.amount.compareTo(w.amount()) == 0
                    && existing.foreignUsd.compareTo(w.usd()) == 0
                    && (tier == null || existing.originTier == tier);
            if (!same) {
                changes.add(new Change(existing, w.on(), w.amount(), w.usd(), w.evidence()));
            }
        }
        if (tier == null && changes.stream().anyMatch(c -> c.amount() != null)) {
            error.accept(ORIGIN_TIER, "无法确定来源层级，不能登记到位资金：请填写来源层级，或填写投资方的统一社会信用代码或来源地");
        }
        return changes;
    }

    private static ProjectFund owned(List<ProjectFund> funds, String evidence) {
        return funds.stream()
                .filter(f -> evidence.equals(f.evidence))
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal sum(List<ProjectFund> funds, Predicate<ProjectFund> which, boolean usd) {
        return funds.stream()
                .filter(which)
                .map(f -> usd ? f.foreignUsd : f.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
