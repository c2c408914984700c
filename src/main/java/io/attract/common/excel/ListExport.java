package io.attract.common.excel;

import io.attract.common.rest.Downloads;
import io.attract.common.time.BusinessDates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list on screen as .xlsx, the one kit of every list export: the list's own pages read one after another through
 * the list's own query (so the filter and the unit rule are the list's), each page written and flushed before the
 * next is read and the persistence context cleared between them, so heap holds one page, never the whole list.
 * Cells by their {@link ListColumn.Kind}; texts formula-safe and inline (not kept in a shared-strings table until
 * the end); the exporter and the minute in the footer ({@link CopyMark}); a Chinese file name dated today.
 */
@ApplicationScoped
public class ListExport {

    /** Rows per page read. */
    public static final int PAGE = 1000;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Page {@code index} (0-based) of the list, {@code size} rows; a short page is the last. */
    @FunctionalInterface
    public interface Pages<R> {
        List<R> page(int index, int size);
    }

    @Inject
    EntityManager em;

    @Inject
    CopyMark.Maker marks;

    /** 200 with the file, streamed as read; {@code title} names the sheet and the file (项目清单-2026-12-07.xlsx). */
    public <R> Response answer(String title, List<ListColumn<R>> columns, Pages<R> pages) {
        CopyMark mark = marks.now();
        StreamingOutput body = out -> {
            try {
                QuarkusTransaction.joiningExisting().run(() -> write(out, title, mark, columns, pages));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        String name = title + "-" + BusinessDates.today() + ".xlsx";
        return Response.ok(body, XLSX)
                .header("Content-Disposition", Downloads.attachment("export-" + BusinessDates.today() + ".xlsx", name))
                .build();
    }

    private <R> void write(OutputStream out, String title, CopyMark mark, List<ListColumn<R>> columns, Pages<R> pages) {
        try {
            Workbook workbook = new Workbook(out, "Attract", "1.0");
            workbook.setCompressionLevel(1);
            Worksheet sheet = mark.sheet(workbook, title);
            HeaderRow.write(sheet, columns.stream().map(ListColumn::header).toList());
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, columns.get(c).width());
            }
            int row = 1;
            for (int index = 0; ; index++) {
                List<R> page = pages.page(index, PAGE);
                for (R r : page) {
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = columns.get(c).value().apply(r);
                        cell(sheet, row, c, columns.get(c).kind(), value);
                    }
                    row++;
                }
                sheet.flush();
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int row, int column, ListColumn.Kind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> {
                String text = value.toString();
                if (!text.isEmpty()) {
                    sheet.inlineString(row, column, CellText.safe(text));
                }
            }
            case WAN_YUAN -> {
                sheet.value(row, column, (BigDecimal) value);
                sheet.style(row, column).format("#,##0.00").set();
            }
            case DATE -> {
                sheet.value(row, column, (LocalDate) value);
                sheet.style(row, column).format("yyyy-mm-dd").set();
            }
            case COUNT -> sheet.value(row, column, (Number) value);
            case DECIMAL -> {
                sheet.value(row, column, (Number) value);
                sheet.style(row, column).format("0.00").set();
            }
        }
    }
}
