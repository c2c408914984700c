package io.attract.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table across the page: columns sized by weight, text wrapped inside its cell, numbers right-aligned, the
 * header row repeated at the top of every page the table runs onto, a shaded total row.
 */
final class PdfTable {

    /** A column: its title, its share of the page width, and whether its values are numbers (right-aligned). */
    record Column(String title, float weight, boolean number) {}

    private record Row(List<String> cells, boolean total) {}

    private static final float PAD = 3;
    private static final float HEADER_GREY = 0.88f;
    private static final float TOTAL_GREY = 0.95f;

    private final List<Column> columns;
    private final float size;
    private final List<Row> rows = new ArrayList<>();

    PdfTable(List<Column> columns, float size) {
        this.columns = columns;
        this.size = size;
    }

    PdfTable row(List<String> cells) {
        rows.add(new Row(cells, false));
        return this;
    }

    PdfTable total(List<String> cells) {
        rows.add(new Row(cells, true));
        return this;
    }

    void draw(PdfPages pages) throws IOException {
        float[] widths = widths(pages.width());
        List<String> titles = columns.stream().map(Column::title).toList();
        List<List<String>> header = lines(pages, titles, widths, true);
        float headerHeight = height(header);
        boolean first = true;
        for (Row row : rows) {
            List<List<String>> cells = lines(pages, row.cells(), widths, false);
            float height = height(cells);
            if (pages.room(first ? headerHeight + height : height) || first) {
                draw(pages, header, widths, headerHeight, HEADER_GREY, true, true);
                first = false;
            }
            draw(pages, cells, widths, height, row.total() ? TOTAL_GREY : 1, false, row.total());
        }
        if (first) {
            pages.room(headerHeight);
            draw(pages, header, widths, headerHeight, HEADER_GREY, true, true);
        }
    }

    private float[] widths(float total) {
        float weights = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = total * columns.get(c).weight() / weights;
        }
        return widths;
    }

    private List<List<String>> lines(PdfPages pages, List<String> cells, float[] widths, boolean header)
            throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            float room = widths[c] - 2 * PAD;
            if (header && pages.width(text, size) > room) {
                text = text.replace("(", "\n("); // a title too wide keeps its unit, "(万元)", on a line of its own
            }
            lines.add(pages.wrap(text, size, room));
        }
        return lines;
    }

    private float height(List<List<String>> cells) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return 2 * PAD + size + (most - 1) * PdfPages.lineHeight(size);
    }

    private void draw(
            PdfPages pages,
            List<List<String>> cells,
            float[] widths,
            float height,
            float grey,
            boolean header,
            boolean bold)
            throws IOException {
        float x = pages.left();
        float top = pages.y();
        for (int c = 0; c < widths.length; c++) {
            pages.box(x, top, widths[c], height, grey);
            List<String> lines = cells.get(c);
            float textHeight = size + (lines.size() - 1) * PdfPages.lineHeight(size);
            float baseline = top - (height - textHeight) / 2 - size * 0.86f;
            PdfPages.Align align = header
                    ? PdfPages.Align.CENTER
                    : columns.get(c).number() ? PdfPages.Align.RIGHT : PdfPages.Align.LEFT;
            for (String line : lines) {
                pages.text(line, x + PAD, x + widths[c] - PAD, baseline, size, align, bold);
                baseline -= PdfPages.lineHeight(size);
            }
            x += widths[c];
        }
        pages.down(height);
    }
}
