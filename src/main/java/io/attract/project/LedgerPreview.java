package io.attract.project;

import io.attract.common.excel.TableLayout.Skipped;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the import wizard shows before any check (docs/api-ledger-import.md): the sheet and header found, the
 * month proposed, each column's field as detected (or as remembered for this shape of sheet), the first rows.
 */
public record LedgerPreview(
        String fileName,
        List<String> sheets,
        String sheet,
        @Schema(nullable = true) String title,
        List<Integer> headerRows,
        String month,

        @Schema(enumeration = {"TITLE", "FILE_NAME", "DEFAULT"})
        String monthSource,

        boolean monthClosed,
        List<String> closedMonths,
        List<Column> columns,
        List<Field> fields,
        List<Row> rows,
        int dataRows,
        List<Skipped> skipped,
        boolean remembered) {

    public record Column(
            int index,
            String header,
            @Schema(nullable = true) LedgerField field,
            @Schema(nullable = true) BigDecimal multiplier) {}

    public record Field(LedgerField field, String label, boolean required) {}

    public record Row(int row, List<String> cells) {}
}
