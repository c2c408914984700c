package io.attract.common.excel;

import io.attract.common.excel.WorkbookReader.GridRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the table of an uploaded workbook (.xlsx, .xls or .csv) into records keyed by header: the sheet and its
 * header row are found by the caller's vocabulary ({@link TableLayout}), so title rows, a two-row header, totals and
 * notes do not get in the way. Row numbers are the ones the user sees in Excel.
 */
public final class SheetReader {

    /** The records of the table and the table itself (its layout, skipped and totals rows). */
    public record Sheet1(List<String> headers, List<SheetRow> rows, TableLayout.Table table) {

        /** The same records keyed by {@code column(header)}: the caller's own name for each header. */
        public Sheet1 renamed(UnaryOperator<String> column) {
            List<String> names = headers.stream().map(column).toList();
            return of(new TableLayout.Table(
                    table.sheets(),
                    table.sheet(),
                    table.title(),
                    table.above(),
                    table.headerRows(),
                    names,
                    table.rows(),
                    table.totals(),
                    table.skipped()));
        }
    }

    public record SheetRow(int number, Map<String, String> cells) {

        public Optional<String> get(String header) {
            String value = cells.get(header);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    private SheetReader() {}

    public static Sheet1 read(String fileName, byte[] content, TableLayout.Vocabulary vocabulary) {
        return read(fileName, content, null, vocabulary);
    }

    public static Sheet1 read(String fileName, byte[] content, String sheet, TableLayout.Vocabulary vocabulary) {
        return of(TableLayout.find(WorkbookReader.read(fileName, content), sheet, vocabulary));
    }

    public static Sheet1 of(TableLayout.Table table) {
        List<SheetRow> rows =
                table.rows().stream().map(r -> row(table.headers(), r)).toList();
        return new Sheet1(table.headers(), rows, table);
    }

    private static SheetRow row(List<String> headers, GridRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).isEmpty()) {
                cells.put(headers.get(c), row.cell(c));
            }
        }
        return new SheetRow(row.number(), cells);
    }

    /** The file's name in lower case when it is an .xlsx, .xls or .csv; else 415, before anything is read. */
    public static String supported(String fileName) {
        return WorkbookReader.supported(fileName);
    }
}
