package io.attract.project;

import io.attract.common.text.Text;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a ledger is for, as its title or its file's name says it: "2024年1-9月" and "2024年9月" are
 * 2024-09 (a year-to-date ledger is the month it ends with); a file "台账2024-09.xlsx" or "202409台账.xls" too.
 */
final class LedgerMonth {

    enum Source {
        TITLE,
        FILE_NAME,
        DEFAULT
    }

    record Detected(YearMonth month, Source source) {}

    private static final Pattern CHINESE =
            Pattern.compile("(20\\d{2})\\s*年\\s*(?:(?:1|01)?\\s*[-—–~～至到]\\s*)?(\\d{1,2})\\s*月");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(20\\d{2})[-_.年]?(0[1-9]|1[0-2])(?!\\d)");

    private LedgerMonth() {}

    static Optional<YearMonth> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Text.halfWidth(text);
        for (Pattern p : List.of(CHINESE, NUMERIC)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                try {
                    return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                } catch (DateTimeException e) {
                    // 2024年13月: not a month
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The title's month (any text above the header), else the file name's, else null. A month that has not begun
     * is not a ledger's month.
     */
    static Detected detect(List<String> above, String fileName, YearMonth current) {
        for (String line : above) {
            Optional<YearMonth> m = in(line).filter(x -> !x.isAfter(current));
            if (m.isPresent()) {
                return new Detected(m.get(), Source.TITLE);
            }
        }
        return in(fileName)
                .filter(x -> !x.isAfter(current))
                .map(m -> new Detected(m, Source.FILE_NAME))
                .orElse(null);
    }
}
