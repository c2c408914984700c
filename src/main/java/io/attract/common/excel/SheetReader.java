package io.attract.common.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import io.attract.common.error.ApiException;

/**
 * Reads the first sheet of an .xlsx, or a .csv (UTF-8, with or without BOM, or GB18030 as Excel saves it in
 * China), into rows keyed by header. Row numbers are the ones the user sees in Excel (the header is row 1).
 */
public final class SheetReader {

    public record Sheet1(List<String> headers, List<SheetRow> rows) {
    }

    public record SheetRow(int number, Map<String, String> cells) {

        public Optional<String> get(String header) {
            String value = cells.get(header);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    private SheetReader() {
    }

    public static Sheet1 read(String fileName, byte[] content) {
        String name = supported(fileName);
        try {
            return name.endsWith(".csv") ? csv(content) : xlsx(content);
        } catch (IOException | RuntimeException e) {
            throw new ApiException(400, "import.unreadable", "无法读取该文件：请上传 .xlsx 或 .csv 格式的表格（" + e.getClass().getSimpleName() + "）。");
        }
    }

    /** The file's name in lower case when it is an .xlsx or a .csv; else 415, before anything is read. */
    public static String supported(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new ApiException(415, "import.unsupported_file", "只支持 .xlsx 和 .csv 文件。");
        }
        return name;
    }

    private static Sheet1 xlsx(byte[] content) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> headers = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (headers.isEmpty()) {
                        for (int c = 0; c < row.getCellCount(); c++) {
                            headers.add(text(row.getCell(c)));
                        }
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    boolean blank = true;
                    for (int c = 0; c < headers.size(); c++) {
                        String value = c < row.getCellCount() ? text(row.getCell(c)) : "";
                        blank &= value.isBlank();
                        cells.put(headers.get(c), value);
                    }
                    if (!blank) {
                        rows.add(new SheetRow(row.getRowNum(), cells));
                    }
                }
            }
            return new Sheet1(headers, rows);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static Sheet1 csv(byte[] content) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = new ArrayList<>(parser.getHeaderNames());
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                boolean blank = true;
                for (int c = 0; c < headers.size(); c++) {
                    String value = c < record.size() ? record.get(c) : "";
                    blank &= value.isBlank();
                    cells.put(headers.get(c), value);
                }
                if (!blank) {
                    // the header is line 1; a record's line in the file is the row the user sees
                    rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
                }
            }
            return new Sheet1(headers, rows);
        }
    }

    private static String decode(byte[] content) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        }
    }
}
