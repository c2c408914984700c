package io.attract.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Ledgers shaped like the ones districts keep by hand: a merged title row, a line of who filled it in, a two-row
 * header with 到位资金 merged over 当月 | 1-9月累计 | 历年累计, amounts in 亿元, place names for 来源地, a totals
 * row and notes under the table, 负责单位 and 所在组团 merged over their projects — written as .xlsx (FastExcel) and as
 * .xls (POI's HSSF), with a sheet of
 * instructions before the ledger. The browser journey imports the same sheet.
 */
public final class DistrictLedgers {

    /** A merged range: first and last row, first and last column (0-based). */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

    /** The rows of a sheet (cells: text, numbers or dates; null blank) and its merged ranges. */
    record Sheet(String name, List<List<Object>> rows, List<Merge> merges) {}

    private DistrictLedgers() {}

    /**
     * 天桥区's Jan–Sep 2024 ledger: three signed projects of one street office and one zone the system does not know
     * (their names end with {@code suffix}); 推进状态 is a header the import does not know (it is 阶段).
     */
    public static Sheet januaryToSeptember(String suffix, BigDecimal totalsFundsYear) {
        String unit = "北园街道" + suffix;
        String zone = "北部智造组团" + suffix;
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("天桥区2024年1-9月重点招商项目推进台账"));
        rows.add(row("填报单位：区投资促进中心", null, null, null, null, null, null, null, null, null, null, "单位：万元"));
        rows.add(row(
                "序号",
                "项目名称",
                "投资方",
                "投资方所在地",
                "负责单位",
                "所在组团",
                "推进状态",
                "签约时间",
                "总投资（亿元）",
                "到位资金",
                null,
                null,
                "实际使用外资（万美元）",
                "联系领导",
                "备注"));
        rows.add(row(null, null, null, null, null, null, null, null, null, "当月", "1-9月累计", "历年累计"));
        rows.add(row(
                1,
                "智能装备产业园项目" + suffix,
                "北京智装科技有限公司" + suffix,
                "北京市",
                unit,
                zone,
                "签约",
                LocalDate.of(2024, 3, 15),
                new BigDecimal("2.5"),
                0,
                1200,
                1200,
                null,
                "王区长",
                "已完成供地"));
        rows.add(row(
                2,
                "跨境医疗器械项目" + suffix,
                "香港康健医疗有限公司" + suffix,
                "香港",
                null,
                null,
                "签约",
                LocalDate.of(2024, 9, 10),
                new BigDecimal("1.2"),
                800,
                800,
                800,
                100,
                "王区长"));
        rows.add(row(
                3,
                "新加坡新材料研发中心" + suffix,
                "新加坡新材科技私人有限公司" + suffix,
                "新加坡",
                null,
                null,
                "签约",
                LocalDate.of(2024, 9, 20),
                new BigDecimal("0.8"),
                300,
                300,
                300,
                40,
                "李副区长"));
        rows.add(row(
                "合计",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("4.5"),
                1100,
                totalsFundsYear,
                2300,
                140));
        rows.add(row());
        rows.add(row("填报人：张三    审核人：李四    联系电话：0531-12345678"));
        rows.add(row("注：到位资金单位为万元。"));
        List<Merge> merges = List.of(
                new Merge(0, 0, 0, 14),
                new Merge(2, 2, 9, 11),
                new Merge(2, 3, 0, 0),
                new Merge(2, 3, 1, 1),
                new Merge(2, 3, 2, 2),
                new Merge(2, 3, 3, 3),
                new Merge(2, 3, 4, 4),
                new Merge(2, 3, 5, 5),
                new Merge(2, 3, 6, 6),
                new Merge(2, 3, 7, 7),
                new Merge(2, 3, 8, 8),
                new Merge(2, 3, 12, 12),
                new Merge(2, 3, 13, 13),
                new Merge(2, 3, 14, 14),
                // the unit and the zone merged over their projects, as districts keep them
                new Merge(4, 6, 4, 4),
                new Merge(4, 6, 5, 5));
        return new Sheet("1-9月台账", rows, merges);
    }

    /** A first sheet of instructions, as many district workbooks have. */
    public static Sheet instructions() {
        return new Sheet("填表说明", List.of(row("填表说明"), row("1. 金额单位为万元，总投资单位为亿元。"), row("2. 每月5日前报送。")), List.of());
    }

    /** Writes the journey's sheet for the browser test (the path it is at). */
    public static Path writeJourneySheet(Path dir, String suffix) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("天桥区2024年1-9月招商项目台账.xlsx");
        Files.write(file, xlsx(januaryToSeptember(suffix, new BigDecimal(2300))));
        return file;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static byte[] xlsx(Sheet... sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "WPS 表格", "1.0");
        for (Sheet s : sheets) {
            Worksheet sheet = workbook.newWorksheet(s.name());
            for (int r = 0; r < s.rows().size(); r++) {
                List<Object> row = s.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
                    } else if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            for (Merge m : s.merges()) {
                sheet.range(m.firstRow(), m.firstColumn(), m.lastRow(), m.lastColumn())
                        .merge();
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    static byte[] xls(Sheet... sheets) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet s : sheets) {
                var sheet = workbook.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    var row = sheet.createRow(r);
                    List<Object> cells = s.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof LocalDate date) {
                            var cell = row.createCell(c);
                            cell.setCellValue(date);
                            cell.setCellStyle(dates);
                        } else if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                for (Merge m : s.merges()) {
                    sheet.addMergedRegion(
                            new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
