package io.attract.project;

import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.TableLayout.Skipped;
import io.attract.project.LedgerImportOptions.Kind;
import java.util.List;

/**
 * The answer of a ledger import, checked or applied (docs/api-ledger-import.md): the counts and row problems of
 * every import, and what only a ledger has — its month, sheet and header rows, the rows that are not projects, the
 * names the system does not know (each once) and the totals rows that do not add up.
 */
public record LedgerReport(
        String status,
        int rows,
        int created,
        int updated,
        int unchanged,
        boolean applied,
        List<RowError> errors,
        List<RowWarning> warnings,
        String month,
        String sheet,
        List<Integer> headerRows,
        List<Skipped> skipped,
        List<Unresolved> unresolved,
        List<TotalsMismatch> totals) {

    public record Suggestion(long id, String name) {}

    public record Unresolved(
            Kind kind, String name, List<Integer> rows, int count, List<Suggestion> suggestions, boolean canCreate) {}

    /** A totals row whose figure in a column is not the sum of the project rows (a warning, not an error). */
    public record TotalsMismatch(int row, String column, String sheet, String rows) {}
}
