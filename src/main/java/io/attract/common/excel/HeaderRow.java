package io.attract.common.excel;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The first row of an exported sheet: bold, shaded, frozen so it stays in view while scrolling. */
public final class HeaderRow {

    private HeaderRow() {}

    public static void write(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("EEEEEE").set();
        }
        sheet.freezePane(0, 1);
    }
}
