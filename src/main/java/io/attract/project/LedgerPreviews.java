package io.attract.project;

import io.attract.common.excel.TableLayout;
import io.attract.common.time.BusinessDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads an uploaded ledger for the wizard's first look; writes nothing. */
@ApplicationScoped
public class LedgerPreviews {

    private static final int PREVIEW_ROWS = 8;

    @Transactional
    public LedgerPreview preview(String fileName, byte[] content, String sheet) {
        TableLayout.Table table = ProjectLedgerImport.table(fileName, content, sheet);
        boolean remembered = LedgerMappings.remembered(table.headers()).isPresent();
        Map<Integer, LedgerColumns.Recognised> detected = ProjectLedgerImport.columns(table, LedgerImportOptions.NONE);
        List<LedgerPreview.Column> columns = new ArrayList<>();
        detected.forEach((i, r) -> {
            if (!table.headers().get(i).isBlank() || r.field() != null) {
                columns.add(new LedgerPreview.Column(
                        i, table.headers().get(i), r.field(), r.field() == null ? null : r.multiplier()));
            }
        });
        List<LedgerPreview.Field> fields = Arrays.stream(LedgerField.values())
                .map(f -> new LedgerPreview.Field(f, f.label, f.required()))
                .toList();
        List<LedgerPreview.Row> rows = table.rows().stream()
                .limit(PREVIEW_ROWS)
                .map(r -> new LedgerPreview.Row(r.number(), r.cells()))
                .toList();
        List<String> closed = ProjectLedgerImport.closedMonths();
        YearMonth current = YearMonth.from(BusinessDates.today());
        LedgerMonth.Detected found = LedgerMonth.detect(table.above(), fileName, current);
        YearMonth month;
        String source;
        if (found != null) {
            month = found.month();
            source = found.source().name();
        } else {
            // The default is never a closed month: the month before this one, else the first open one after it.
            month = current.minusMonths(1);
            while (closed.contains(month.toString()) && month.isBefore(current)) {
                month = month.plusMonths(1);
            }
            source = LedgerMonth.Source.DEFAULT.name();
        }
        return new LedgerPreview(
                fileName,
                table.sheets(),
                table.sheet(),
                table.title(),
                table.headerRows(),
                month.toString(),
                source,
                closed.contains(month.toString()),
                closed,
                columns,
                fields,
                rows,
                table.rows().size(),
                table.skipped(),
                remembered);
    }
}
