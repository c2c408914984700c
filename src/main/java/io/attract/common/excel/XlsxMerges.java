package io.attract.common.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cells of each sheet of an .xlsx, which FastExcel's reader does not give: districts merge 责任单位 over
 * all of a unit's projects, a title over the table, a group over its sub-headers. Read from the package with a
 * streaming XML reader: workbook.xml names the sheets, its relationships locate them, each sheet lists its
 * {@code <mergeCell ref="A5:A7"/>}.
 */
final class XlsxMerges {

    /** A merged range, 0-based rows and columns, inclusive. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

    private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+):([A-Z]+)(\\d+)");
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxMerges() {}

    /** The merged ranges by sheet name (sheets without any are absent). */
    static Map<String, List<Range>> read(byte[] content) throws IOException {
        Path file = Files.createTempFile("attract-upload", ".xlsx");
        try {
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Map<String, String> targets = relationships(zip, "xl/_rels/workbook.xml.rels");
                Map<String, List<Range>> merges = new HashMap<>();
                for (Map.Entry<String, String> sheet : sheets(zip).entrySet()) {
                    String target = targets.get(sheet.getValue());
                    if (target == null) {
                        continue;
                    }
                    String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    List<Range> ranges = ranges(zip, part);
                    if (!ranges.isEmpty()) {
                        merges.put(sheet.getKey(), ranges);
                    }
                }
                return merges;
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Sheet name → relationship id, in workbook order. */
    private static Map<String, String> sheets(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        each(
                zip,
                "xl/workbook.xml",
                "sheet",
                r -> sheets.put(r.getAttributeValue(null, "name"), r.getAttributeValue(RELATIONSHIPS, "id")));
        return sheets;
    }

    private static Map<String, String> relationships(ZipFile zip, String part) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        each(
                zip,
                part,
                "Relationship",
                r -> targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target")));
        return targets;
    }

    private static List<Range> ranges(ZipFile zip, String part) throws IOException, XMLStreamException {
        List<Range> ranges = new ArrayList<>();
        each(zip, part, "mergeCell", r -> {
            Matcher m = REF.matcher(String.valueOf(r.getAttributeValue(null, "ref")));
            if (m.matches()) {
                ranges.add(new Range(
                        Integer.parseInt(m.group(2)) - 1,
                        Integer.parseInt(m.group(4)) - 1,
                        column(m.group(1)),
                        column(m.group(3))));
            }
        });
        return ranges;
    }

    private interface Element {
        void accept(XMLStreamReader reader);
    }

    private static void each(ZipFile zip, String part, String element, Element action)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT
                        && reader.getLocalName().equals(element)) {
                    action.accept(reader);
                }
            }
            reader.close();
        }
    }

    /** "A" → 0, "AB" → 27. */
    static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}
