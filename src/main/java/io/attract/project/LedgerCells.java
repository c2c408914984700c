package io.attract.project;

import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.SheetReader.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One ledger row's cells by column, read into values; what cannot be read is noted against the row and column. */
final class LedgerCells {

    private final SheetRow row;
    private final LedgerColumns.Headers headers;
    private final List<RowError> errors;
    private final List<RowWarning> warnings;
    private final LedgerNames names;
    private int errorCount;

    LedgerCells(
            SheetRow row,
            LedgerColumns.Headers headers,
            List<RowError> errors,
            List<RowWarning> warnings,
            LedgerNames names) {
        this.row = row;
        this.headers = headers;
        this.errors = errors;
        this.warnings = warnings;
        this.names = names;
    }

    int number() {
        return row.number();
    }

    /** The known columns the sheet has. */
    java.util.Set<String> columns() {
        return headers.rawByColumn().keySet();
    }

    /** Whether the sheet has the column at all (a missing column leaves what the system has as it is). */
    boolean has(String column) {
        return headers.has(column);
    }

    /** The cell's text, stripped; null when blank or when the sheet has no such column. */
    String text(String column) {
        String raw = headers.rawByColumn().get(column);
        String text = raw == null ? null : row.get(raw).orElse(null);
        return text == null || LedgerValues.saysNothing(text) ? null : text;
    }

    String text(String column, int maxLength) {
        String text = text(column);
        if (text != null && text.length() > maxLength) {
            error(column, column + "不能超过 " + maxLength + " 个字（现有 " + text.length() + " 个）");
            return null;
        }
        return text;
    }

    LocalDate date(String column) {
        return read(column, LedgerValues::date);
    }

    /** An amount in the column's unit (万元 or 万美元), converted from the header's or the cell's own unit. */
    BigDecimal amount(String column) {
        String unit = column.contains("美元") ? "万美元" : "万元";
        return read(column, text -> LedgerValues.amount(text, headers.multiplier(column), unit));
    }

    <T> T choice(String column, Map<String, T> labels, String hint) {
        return read(column, text -> LedgerValues.choice(text, labels, hint));
    }

    /** A cell read by {@code reader}; what it cannot read is an error of the row. */
    <T> T value(String column, Function<String, T> reader) {
        return read(column, reader);
    }

    /** A cell that matters little to the figures: what cannot be read is a warning ({@code then}), and blank. */
    <T> T lenient(String column, Function<String, T> reader, String then) {
        return read(column, reader, message -> warning(column, message + "；" + then));
    }

    private <T> T read(String column, Function<String, T> reader) {
        return read(column, reader, message -> error(column, message));
    }

    private <T> T read(String column, Function<String, T> reader, java.util.function.Consumer<String> cannot) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            cannot.accept(e.getMessage());
            return null;
        }
    }

    void error(String column, String message) {
        errors.add(new RowError(row.number(), column, message));
        errorCount++;
    }

    /** A name the system does not know: told once for the sheet (not as an error of each row); the row waits. */
    void unresolved(LedgerImportOptions.Kind kind, String name) {
        names.add(kind, name, row.number());
        errorCount++;
    }

    void warning(String column, String message) {
        warnings.add(new RowWarning(row.number(), column, message));
    }

    boolean hasErrors() {
        return errorCount > 0;
    }
}
