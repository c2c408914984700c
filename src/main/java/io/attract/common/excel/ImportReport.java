package io.attract.common.excel;

import java.util.List;

/**
 * The answer of every import: what the sheet held, what was (or would be) done, and each problem with the row
 * number the user sees in Excel. With any error nothing is applied; warnings (e.g. a column the import does not
 * know) are told to the user but do not stop the import.
 */
public record ImportReport(
        String status,
        int rows,
        int created,
        int updated,
        int unchanged,
        boolean applied,
        List<RowError> errors,
        List<RowWarning> warnings) {

    public record RowError(int row, String column, String message) {}

    public record RowWarning(int row, String column, String message) {}

    /** A report without warnings. */
    public ImportReport(
            String status, int rows, int created, int updated, int unchanged, boolean applied, List<RowError> errors) {
        this(status, rows, created, updated, unchanged, applied, errors, List.of());
    }

    public static ImportReport refused(int rows, List<RowError> errors) {
        return refused(rows, errors, List.of());
    }

    public static ImportReport refused(int rows, List<RowError> errors, List<RowWarning> warnings) {
        return new ImportReport("REJECTED", rows, 0, 0, 0, false, errors, warnings);
    }
}
