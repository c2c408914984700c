package io.attract.enterprise;

import io.attract.common.excel.CellText;
import io.attract.common.excel.CopyMark;
import io.attract.common.excel.HeaderRow;
import io.attract.industry.IndustryCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams the filtered list to .xlsx five thousand rows at a time, read as rows (not entities) in chunks by id, each
 * chunk after the last id of the one before: heap holds one chunk, never the whole list, and no chunk reads past
 * the ones before it. Column headers are the ones the import template uses.
 */
@ApplicationScoped
public class EnterpriseExport {

    static final List<String> HEADERS = List.of(
            "企业名称",
            "统一社会信用代码",
            "曾用名",
            "来源地代码",
            "国民经济行业代码",
            "产业(4+N)",
            "企业性质",
            "企业标签",
            "注册资本(万元)",
            "员工人数",
            "状态",
            "负责单位",
            "招商方式",
            "来源");
    private static final int CHUNK = 5000;
    /** Deflate's fastest level: most of the export's time went into compressing, for a file a fifth smaller. */
    private static final int COMPRESSION = 1;

    @Inject
    EnterpriseRepository enterprises;

    @Transactional
    public void write(EnterpriseFilter filter, CopyMark mark, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        workbook.setCompressionLevel(COMPRESSION);
        Worksheet sheet = mark.sheet(workbook, "目标企业");
        HeaderRow.write(sheet, HEADERS);
        sheet.width(0, 40);
        sheet.width(1, 22);
        int row = 1;
        long after = 0;
        enterprises.planForValues();
        for (; ; ) {
            List<EnterpriseRepository.ExportRow> chunk = enterprises.exportChunk(filter, after, CHUNK);
            for (EnterpriseRepository.ExportRow e : chunk) {
                writeRow(sheet, row++, e);
            }
            sheet.flush();
            if (chunk.size() < CHUNK) {
                break;
            }
            after = chunk.get(chunk.size() - 1).firm().id();
        }
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int row, EnterpriseRepository.ExportRow read) {
        EnterpriseRepository.ExportFirm e = read.firm();
        unique(sheet, row, 0, e.name());
        unique(sheet, row, 1, e.creditCode());
        unique(sheet, row, 2, e.formerNames());
        text(sheet, row, 3, e.origin());
        text(sheet, row, 4, IndustryCodes.label(e.industryCode()));
        text(sheet, row, 5, e.industryName());
        text(sheet, row, 6, e.nature() == null ? null : EnterpriseLabels.nature(e.nature()));
        text(
                sheet,
                row,
                7,
                read.tags().stream()
                        .map(t ->
                                EnterpriseLabels.tag(t.tag()) + (t.listYear() == null ? "" : "(" + t.listYear() + ")"))
                        .collect(Collectors.joining("；")));
        if (e.registeredCapital() != null) {
            sheet.value(row, 8, e.registeredCapital());
            sheet.style(row, 8).format("#,##0.0000").set();
        }
        if (e.employees() != null) {
            sheet.value(row, 9, e.employees());
        }
        text(sheet, row, 10, EnterpriseLabels.status(e.status()));
        text(sheet, row, 11, e.unitName());
        text(sheet, row, 12, e.attractionMethod());
        text(sheet, row, 13, e.source());
    }

    /**
     * Text that differs from firm to firm, written in its cell: the shared-strings table, which the workbook holds
     * until it is finished, then keeps only the repeated texts (labels, units), not 100,000 names.
     */
    private static void unique(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, CellText.safe(value));
        }
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null) {
            sheet.value(row, column, CellText.safe(value));
        }
    }
}
