package io.attract.report;

import io.attract.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The CJK font the PDF report embeds (as a subset): {@code attract.report.pdf-font} (a .ttc collection or a .ttf),
 * else Noto Sans CJK. Only fonts with TrueType outlines qualify: PDFBox cannot subset CFF outlines. No usable
 * font is a 503 the statistics office can report, not a stack trace.
 */
@ApplicationScoped
public class PdfFont {

    static final String WQY_ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    static final String NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    static final String MISSING = "report.pdf_font_missing";

    private static final Logger LOG = Logger.getLogger(PdfFont.class);

    @ConfigProperty(name = "attract.report.pdf-font", defaultValue = WQY_ZENHEI)
    String configured;

    List<Path> candidates() {
        return List.of(Path.of(configured), Path.of(NOTO_CJK));
    }

    /** Opens the first usable candidate for one document; close it after the document is saved. */
    public Opened open() {
        return open(candidates());
    }

    static Opened open(List<Path> candidates) {
        for (Path file : candidates) {
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                Opened opened = Opened.of(file);
                if (opened != null) {
                    return opened;
                }
                LOG.warnf("PDF font %s has no TrueType outlines (CFF cannot be subset); trying the next one", file);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("PDF font %s cannot be read: %s", file, e.getMessage());
            }
        }
        LOG.errorf(
                "No usable CJK font for the PDF report among %s: install fonts-wqy-zenhei or set "
                        + "attract.report.pdf-font",
                candidates);
        throw missing();
    }

    static ApiException missing() {
        return new ApiException(
                503,
                MISSING,
                "服务器缺少 PDF 月报所需的中文字体，暂时无法生成 PDF。请联系系统管理员安装字体（fonts-wqy-zenhei）"
                        + "或配置 attract.report.pdf-font；Excel 版月报不受影响。");
    }

    /** A font file held open while a document uses it (PDFBox subsets the glyphs when the document is saved). */
    public static final class Opened implements Closeable {

        private final Closeable file;
        private final TrueTypeFont font;

        private Opened(Closeable file, TrueTypeFont font) {
            this.file = file;
            this.font = font;
        }

        /** The font of the file (of a collection, the first with TrueType outlines), or null if there is none. */
        static Opened of(Path path) throws IOException {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                List<TrueTypeFont> usable = new ArrayList<>();
                try {
                    collection.processAllFonts(f -> {
                        if (usable.isEmpty() && hasOutlines(f)) {
                            usable.add(f);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
                if (usable.isEmpty()) {
                    collection.close();
                    return null;
                }
                return new Opened(collection, usable.get(0));
            }
            RandomAccessReadBufferedFile read = new RandomAccessReadBufferedFile(path);
            TrueTypeFont font;
            try {
                font = new TTFParser().parse(read);
            } catch (IOException | RuntimeException e) {
                read.close();
                throw e;
            }
            if (!hasOutlines(font)) {
                font.close();
                return null;
            }
            return new Opened(font, font);
        }

        private static boolean hasOutlines(TrueTypeFont font) {
            return font.getTableMap().containsKey("glyf") && font.getTableMap().containsKey("loca");
        }

        /** Adds the font to the document as a Type 0 font whose used glyphs are embedded. */
        public PDType0Font embedIn(PDDocument document) {
            try {
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                // e.g. a font whose licence forbids embedding
                LOG.errorf("PDF font %s cannot be embedded: %s", font, e.getMessage());
                throw missing();
            }
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
