package io.attract.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages (landscape unless told) written from top to bottom in one font: a cursor, lines of text, shaded and ruled boxes, and
 * a new page whenever the next block does not fit. Page numbers are written last, when the count is known.
 */
final class PdfPages {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    /** The lowest the content goes; the page number sits below it. */
    private static final float BOTTOM = 44;

    private static final float LEADING = 1.35f;

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final PDRectangle size;
    /** The frame blocks are written in: the page between its margins, or a column of it. */
    private float frameLeft = MARGIN;

    private float frameWidth;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PDType0Font font) {
        this(document, font, A4_LANDSCAPE);
    }

    PdfPages(PDDocument document, PDType0Font font, PDRectangle size) {
        this.document = document;
        this.font = font;
        this.size = size;
        this.frameWidth = size.getWidth() - 2 * MARGIN;
    }

    float left() {
        return frameLeft;
    }

    float width() {
        return frameWidth;
    }

    /** Writes the next blocks in a column {@code width} wide at {@code offset} from the left margin. */
    void column(float offset, float width) {
        frameLeft = MARGIN + offset;
        frameWidth = width;
    }

    /** Back to the page between its margins. */
    void fullWidth() {
        column(0, size.getWidth() - 2 * MARGIN);
    }

    /** Moves the cursor to a height on the page, e.g. back to the top of a row of columns. */
    void moveTo(float y) {
        this.y = y;
    }

    /** The height left above the bottom margin on this page. */
    float remaining() {
        return y - BOTTOM;
    }

    /** The cursor: the top of the next block. */
    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Makes room for a block of this height, on a new page if needed; true when a page was started. */
    boolean room(float height) throws IOException {
        if (content != null && y - height >= BOTTOM) {
            return false;
        }
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
        return true;
    }

    /** Starts a new page, as for a section that begins on a page of its own. */
    void newPage() throws IOException {
        room(Float.POSITIVE_INFINITY);
    }

    static float lineHeight(float size) {
        return size * LEADING;
    }

    /** A paragraph across the page, wrapped to its width; {@code bold} thickens the strokes (the font has no bold). */
    void paragraph(String text, float size, Align align, boolean bold) throws IOException {
        for (String line : wrap(text, size, width())) {
            room(lineHeight(size));
            text(line, left(), left() + width(), y - size, size, align, bold);
            down(lineHeight(size));
        }
    }

    /** One line of text on a baseline, aligned between two x positions. */
    void text(String text, float from, float to, float baseline, float size, Align align, boolean bold)
            throws IOException {
        show(content, text, from, to, baseline, size, align, bold);
    }

    private void show(
            PDPageContentStream on,
            String text,
            float from,
            float to,
            float baseline,
            float size,
            Align align,
            boolean bold)
            throws IOException {
        String shown = printable(text).replace('\n', ' ');
        float w = width(shown, size);
        float x = switch (align) {
            case LEFT -> from;
            case CENTER -> from + (to - from - w) / 2;
            case RIGHT -> to - w;
        };
        on.beginText();
        on.setFont(font, size);
        if (bold) {
            on.setRenderingMode(RenderingMode.FILL_STROKE);
            on.setLineWidth(size * 0.04f);
        }
        on.newLineAtOffset(x, baseline);
        on.showText(shown);
        on.endText();
        if (bold) {
            on.setRenderingMode(RenderingMode.FILL);
        }
    }

    /** A box from {@code top} down, shaded with a grey level (1 = none) and ruled. */
    void box(float x, float top, float w, float h, float grey) throws IOException {
        if (grey < 1) {
            content.setNonStrokingColor(grey);
            content.addRect(x, top - h, w, h);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        content.setStrokingColor(0.35f);
        content.setLineWidth(0.5f);
        content.addRect(x, top - h, w, h);
        content.stroke();
        content.setStrokingColor(0f);
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text).replace('\n', ' ')) / 1000 * size;
    }

    /** The text in lines no wider than {@code width}, broken between characters (Chinese has no spaces). */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    if (cp != ' ') {
                        line.appendCodePoint(cp);
                    }
                } else {
                    line.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with tabs as spaces and every character the font cannot show as "?" (entered names may hold any). */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.append(glyphs.computeIfAbsent(cp, this::hasGlyph) ? new String(Character.toChars(cp)) : "?");
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Ends the last page and writes each page's footer, e.g. "第 x 页 共 y 页". */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        if (content == null) {
            room(0);
        }
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream on =
                    new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                show(
                        on,
                        footer.apply(i + 1, count),
                        MARGIN,
                        size.getWidth() - MARGIN,
                        MARGIN - 14,
                        9,
                        Align.CENTER,
                        false);
            }
        }
    }
}
