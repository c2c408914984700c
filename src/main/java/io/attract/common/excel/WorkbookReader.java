package io.attract.common.excel;

import io.attract.common.error.ApiException;
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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads every sheet of an .xlsx (FastExcel; also as WPS saves it), an .xls (Excel 97–2003, POI's HSSF) or a .csv
 * (UTF-8 with or without BOM, or GB18030 as Excel saves it in China) into grids of cell text, with the row numbers
 * the user sees. Numbers keep their exact decimal text; a number shown as a date becomes the date (2024-03-15).
 */
public final class WorkbookReader {

    /** One sheet: its name and its non-blank rows. */
    public record Grid(String name, List<GridRow> rows) {}

    /** A row as the user sees it in Excel (1-based), its cells' text by column (blank as ""). */
    public record GridRow(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private WorkbookReader() {}

    public static List<Grid> read(String fileName, byte[] content) {
        String name = supported(fileName);
        try {
            if (name.endsWith(".csv")) {
                return List.of(csv(name, content));
            }
            return name.endsWith(".xls") ? xls(content) : xlsx(content);
        } catch (IOException | RuntimeException e) {
            throw new ApiException(
                    400,
                    "import.unreadable",
                    "无法读取该文件：请上传 .xlsx、.xls 或 .csv 格式的表格（" + e.getClass().getSimpleName() + "）。");
        }
    }

    /** The file's name in lower case when it is an .xlsx, .xls or .csv; else 415, before anything is read. */
    public static String supported(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx") && !name.endsWith(".xls")) {
            throw new ApiException(415, "import.unsupported_file", "只支持 .xlsx、.xls 和 .csv 文件。");
        }
        return name;
    }

    private static List<Grid> xlsx(byte[] content) throws IOException {
        Map<String, List<XlsxMerges.Range>> merges = XlsxMerges.read(content);
        List<Grid> grids = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content);
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
                SortedMap<Integer, List<String>> rows = new TreeMap<>();
                try (var stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            int at = cell == null ? c : cell.getColumnIndex();
                            while (cells.size() < at) {
                                cells.add("");
                            }
                            cells.add(text(cell));
                        }
                        rows.put(row.getRowNum(), cells);
                    }
                }
                grids.add(grid(sheet.getName(), rows, merges.getOrDefault(sheet.getName(), List.of())));
            }
        }
        return grids;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER ->
                isDate(cell.getDataFormatId(), cell.getDataFormatString())
                        ? cell.asDate().toLocalDate().toString()
                        : new BigDecimal(cell.getRawValue())
                                .stripTrailingZeros()
                                .toPlainString();
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    /** A number shown as a date (2024年3月15日, yyyy-mm-dd …): read as the date, 2024-03-15, not its day number. */
    private static boolean isDate(Integer formatId, String format) {
        return formatId != null && DateUtil.isADateFormat(formatId, format);
    }

    private static List<Grid> xls(byte[] content) throws IOException {
        List<Grid> grids = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(content))) {
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                SortedMap<Integer, List<String>> rows = new TreeMap<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formulas, format));
                    }
                    rows.put(row.getRowNum() + 1, cells);
                }
                List<XlsxMerges.Range> merges = sheet.getMergedRegions().stream()
                        .map(r -> new XlsxMerges.Range(
                                r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()))
                        .toList();
                grids.add(grid(sheet.getSheetName(), rows, merges));
            }
        }
        return grids;
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell, FormulaEvaluator formulas, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type =
                cell.getCellType() == CellType.FORMULA ? formulas.evaluateFormulaCell(cell) : cell.getCellType();
        return switch (type) {
            // The double's shortest decimal text (1234.56, not 1234.5599999999999); a date stays its day number.
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : new BigDecimal(Double.toString(cell.getNumericCellValue()))
                                .stripTrailingZeros()
                                .toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> format.formatCellValue(cell).strip();
        };
    }

    private static Grid csv(String name, byte[] content) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // blank lines are rows in Excel too: they keep the numbering of the rows after them
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setTrim(true)
                .setIgnoreEmptyLines(false)
                .get();
        List<GridRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                add(rows, (int) record.getRecordNumber(), record.toList());
            }
        }
        return new Grid(name.replaceAll("\\.csv$", ""), rows);
    }

    /** The largest merged range whose cells are filled (a sheet merging more is not a table people fill in). */
    private static final int MERGE_CELLS = 100_000;

    /**
     * The sheet's non-blank rows, each cell of a merged range carrying the range's text: a unit merged over its
     * projects is every project's unit, as the person reading the sheet sees it.
     */
    private static Grid grid(String name, SortedMap<Integer, List<String>> rows, List<XlsxMerges.Range> merges) {
        for (XlsxMerges.Range m : merges) {
            long cells = (long) (m.lastRow() - m.firstRow() + 1) * (m.lastColumn() - m.firstColumn() + 1);
            List<String> first = rows.get(m.firstRow() + 1);
            String value = first == null || m.firstColumn() >= first.size() ? "" : first.get(m.firstColumn());
            if (value.isBlank() || cells > MERGE_CELLS) {
                continue;
            }
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                List<String> row = new ArrayList<>(rows.getOrDefault(r + 1, List.of()));
                while (row.size() <= m.lastColumn()) {
                    row.add("");
                }
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    if (row.get(c).isBlank()) {
                        row.set(c, value);
                    }
                }
                rows.put(r + 1, row);
            }
        }
        List<GridRow> out = new ArrayList<>();
        rows.forEach((number, cells) -> add(out, number, cells));
        return new Grid(name, out);
    }

    private static void add(List<GridRow> rows, int number, List<String> cells) {
        GridRow row = new GridRow(number, List.copyOf(cells));
        if (!row.blank()) {
            rows.add(row);
        }
    }

    private static String decode(byte[] content) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("GB18030")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        }
    }
}
