package io.attract.common.excel;

import java.util.List;

/**
 * The answer of every import: what the sheet held, what was (or would be) done, and each problem with the row
 * number the user sees in Excel. With any error nothing is applied.
 */
public record ImportReport(String status, int rows, int created, int updated, int unchanged, boolean applied,
        List<RowError> errors) {

    public record RowError(int row, String column, String message) {
    }

    public static ImportReport refused(int rows, List<RowError> errors) {
        return new ImportReport("REJECTED", rows, 0, 0, 0, false, errors);
    }
}
