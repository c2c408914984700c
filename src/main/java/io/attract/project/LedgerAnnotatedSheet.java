package io.attract.project;

import io.attract.common.excel.CellText;
import io.attract.common.excel.WorkbookReader.Grid;
import io.attract.common.excel.WorkbookReader.GridRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The check's report as the user's own sheet: the sheet's rows where they were, and a last column 错误说明 beside
 * each row with a problem, so that it is fixed in Excel and uploaded again.
 */
final class LedgerAnnotatedSheet {

    static final String COLUMN = "错误说明";

    private LedgerAnnotatedSheet() {}

    static void write(Grid grid, LedgerReport report, OutputStream out) throws IOException {
        Map<Integer, List<String>> notes = new LinkedHashMap<>();
        report.errors()
                .forEach(e -> notes.computeIfAbsent(e.row(), r -> new ArrayList<>())
                        .add((e.column() == null || e.column().isBlank() ? "" : e.column() + "：") + e.message()));
        report.unresolved()
                .forEach(u -> u.rows()
                        .forEach(r -> notes.computeIfAbsent(r, x -> new ArrayList<>())
                                .add(kind(u.kind()) + "“" + u.name() + "”在系统中不存在：请在导入向导中对应到已有的记录或新建")));
        int width = grid.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int headerRow = report.headerRows().get(report.headerRows().size() - 1);
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = workbook.newWorksheet(grid.name());
        for (GridRow row : grid.rows()) {
            int r = row.number() - 1;
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cells().get(c).isEmpty()) {
                    sheet.value(r, c, CellText.safe(row.cells().get(c)));
                }
            }
            if (row.number() == headerRow) {
                sheet.value(r, width, COLUMN);
                sheet.style(r, width).bold().fillColor("FFE7E7").set();
            } else if (notes.containsKey(row.number())) {
                sheet.value(r, width, String.join("；", notes.get(row.number())));
                sheet.style(r, width).fontColor("C00000").wrapText(true).set();
            }
        }
        sheet.width(width, 60);
        workbook.finish();
    }

    private static String kind(LedgerImportOptions.Kind kind) {
        return switch (kind) {
            case UNIT -> "责任单位";
            case ZONE -> "组团";
            case PARK -> "园区/载体";
            case INDUSTRY -> "产业";
        };
    }
}
