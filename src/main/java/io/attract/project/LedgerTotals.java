package io.attract.project;

import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.TableLayout;
import io.attract.common.excel.WorkbookReader.GridRow;
import io.attract.common.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money columns of a ledger's totals row (合计, 总计) against the sum of its project rows: a mismatch is told as
 * a warning naming the column and both figures (a row left out, a formula over the wrong range). Subtotals (小计)
 * are not checked. Also the unit the sheet states for its money above the table (单位：亿元).
 */
final class LedgerTotals {

    private static final List<String> MONEY = List.of(
            LedgerColumns.TOTAL,
            LedgerColumns.FIXED_ASSET,
            LedgerColumns.CONTRACT_USD,
            LedgerColumns.FUNDS_MONTH,
            LedgerColumns.FUNDS_YEAR,
            LedgerColumns.FUNDS_ALL,
            LedgerColumns.FOREIGN_USD,
            LedgerColumns.FOREIGN_USD_YEAR);
    private static final Pattern SHEET_UNIT = Pattern.compile("(?:金额)?单位[:：]\\s*(亿元|万元|元)");

    private LedgerTotals() {}

    static String sheetUnit(List<String> above) {
        for (String line : above) {
            Matcher m = SHEET_UNIT.matcher(Text.halfWidth(line).replace(" ", ""));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    static List<LedgerReport.TotalsMismatch> check(
            TableLayout.Table table, LedgerColumns.Headers headers, List<RowWarning> warnings) {
        List<LedgerReport.TotalsMismatch> out = new ArrayList<>();
        for (GridRow totals : table.totals()) {
            if (totals.cells().stream().map(Text::compact).anyMatch(c -> c.startsWith("小计"))) {
                continue;
            }
            for (String column : MONEY) {
                String raw = headers.rawByColumn().get(column);
                if (raw == null) {
                    continue;
                }
                int index = table.headers().indexOf(raw);
                BigDecimal stated = amount(totals.cell(index), headers, column);
                if (stated == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (GridRow row : table.rows()) {
                    BigDecimal value = amount(row.cell(index), headers, column);
                    sum = value == null ? sum : sum.add(value);
                }
                if (sum.compareTo(stated) != 0) {
                    out.add(new LedgerReport.TotalsMismatch(totals.number(), raw, plain(stated), plain(sum)));
                    warnings.add(new RowWarning(
                            totals.number(),
                            raw,
                            "合计行的“" + raw + "”为 " + plain(stated) + "，各项目行相加为 " + plain(sum) + "（" + unit(column)
                                    + "）：请核对是否漏行或公式范围"));
                }
            }
        }
        return out;
    }

    private static BigDecimal amount(String text, LedgerColumns.Headers headers, String column) {
        if (text == null || text.isBlank() || LedgerValues.saysNothing(text)) {
            return null;
        }
        try {
            return LedgerValues.amount(text, headers.multiplier(column), unit(column));
        } catch (IllegalArgumentException e) {
            return null; // the row's own check says what is wrong with it
        }
    }

    private static String unit(String column) {
        return column.contains("美元") ? "万美元" : "万元";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
