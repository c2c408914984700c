package io.attract.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * A workbook as WPS Office saves it: part names addressed from the package root ("/xl/worksheets/sheet1.xml") in the
 * relationships, Dublin Core refinements in the document properties, and text in inline strings rather than the
 * shared-string table. It reads as one Excel saved.
 */
class WpsWorkbookTest {

    @Test
    void aWorkbookSavedByWpsReadsLikeOneSavedByExcel() throws IOException {
        byte[] wps = asWpsSavesIt(excel());
        List<WorkbookReader.Grid> grids = WorkbookReader.read("台账.xlsx", wps);
        assertThat(grids).extracting(WorkbookReader.Grid::name).containsExactly("台账");
        assertThat(grids.get(0).rows())
                .extracting(r -> r.cell(0) + "|" + r.cell(1))
                .containsExactly("项目名称|阶段", "某某项目|签约", "内联文字|在谈");
    }

    private static byte[] excel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "WPS 表格", "1.0");
        Worksheet sheet = workbook.newWorksheet("台账");
        sheet.value(0, 0, "项目名称");
        sheet.value(0, 1, "阶段");
        sheet.value(1, 0, "某某项目");
        sheet.value(1, 1, "签约");
        workbook.finish();
        return out.toByteArray();
    }

    private static byte[] asWpsSavesIt(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = Files.createTempFile("excel", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile in = new ZipFile(file.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().endsWith(".rels")) {
                    text = text.replace("Target=\"worksheets/", "Target=\"/xl/worksheets/")
                            .replace("Target=\"sharedStrings.xml", "Target=\"/xl/sharedStrings.xml")
                            .replace("Target=\"styles.xml", "Target=\"/xl/styles.xml");
                }
                if (e.getName().equals("docProps/core.xml")) {
                    text = text.replace(
                            "</cp:coreProperties>",
                            "<dc:language xmlns:dc=\"http://purl.org/dc/elements/1.1/\">zh-CN</dc:language></cp:coreProperties>");
                }
                if (e.getName().startsWith("xl/worksheets/")) {
                    text = text.replace(
                            "</sheetData>",
                            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>内联文字</t></is></c>"
                                    + "<c r=\"B3\" t=\"inlineStr\"><is><t>在谈</t></is></c></row></sheetData>");
                }
                if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    assertThat(text)
                            .as("the sheet is addressed from the package root")
                            .contains("Target=\"/xl/worksheets/");
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.delete(file);
        }
        return out.toByteArray();
    }
}
