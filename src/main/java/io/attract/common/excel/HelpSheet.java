package io.attract.common.excel;

import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The sheet 填写说明 of an import template: a row for each column (its name, whether it is required, a note). */
public final class HelpSheet {

    private HelpSheet() {}

    /** Writes {@code rows} as they are, the first one the heading; the caller sizes the columns. */
    public static Worksheet write(Workbook workbook, List<List<String>> rows) {
        Worksheet help = workbook.newWorksheet("填写说明");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                help.value(r, c, row.get(c));
            }
        }
        return help;
    }
}
