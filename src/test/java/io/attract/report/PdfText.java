package io.attract.report;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a rendered PDF as a reader sees it: in the order of its positions on the page. */
final class PdfText {

    private PdfText() {}

    static String of(PDDocument pdf) throws IOException {
        return stripper().getText(pdf);
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document);
        }
    }

    /** The text of one page, counted from 1. */
    static String ofPage(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static PDFTextStripper stripper() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }
}
