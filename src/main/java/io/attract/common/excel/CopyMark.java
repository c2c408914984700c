package io.attract.common.excel;

import io.attract.common.time.BusinessDates;
import java.time.Instant;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Whose copy a file is: the viewer's name and the minute it was made, in every exported sheet's footer and on every
 * page of a PDF, as government systems mark copies of personal and official data (issue #23, item 7).
 */
public record CopyMark(String viewer, Instant at) {

    /** Marks the caller's copies (a bean outside {@code common}, which knows who the caller is). */
    public interface Maker {
        CopyMark now();
    }

    public static CopyMark of(String viewer) {
        return new CopyMark(viewer, Instant.now());
    }

    public String text() {
        return viewer + " 导出于 " + BusinessDates.minute(at);
    }

    /** A new sheet of the workbook, marked. */
    public Worksheet sheet(Workbook workbook, String name) {
        Worksheet sheet = workbook.newWorksheet(name);
        footer(sheet);
        return sheet;
    }

    /** On every printed page of the sheet ('&' starts a code in Excel's header and footer). */
    public void footer(Worksheet sheet) {
        sheet.footer(text().replace("&", "&&"), Position.RIGHT, "宋体", 9);
    }
}
