package io.attract.common.excel;

/**
 * Text that goes into a spreadsheet cell. A value beginning with = + - @ or a tab or carriage return could be run
 * as a formula by Excel or another spreadsheet (CSV/formula injection); it is prefixed with an apostrophe.
 */
public final class CellText {

    private CellText() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
