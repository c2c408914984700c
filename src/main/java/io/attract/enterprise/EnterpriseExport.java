package io.attract.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.attract.common.excel.CellText;
import io.attract.common.excel.HeaderRow;
import io.quarkus.panache.common.Sort;

/**
 * Streams the filtered list to .xlsx a thousand rows at a time: heap holds one chunk, never the whole list.
 * Column headers are the ones the import template uses.
 */
@ApplicationScoped
public class EnterpriseExport {

    static final List<String> HEADERS = List.of("企业名称", "统一社会信用代码", "曾用名", "来源地代码", "国民经济行业代码", "产业(4+N)",
            "企业性质", "企业标签", "注册资本(万元)", "员工人数", "状态", "负责单位", "招商方式", "来源");
    private static final int CHUNK = 1000;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EntityManager em;

    @Transactional
    public void write(EnterpriseFilter filter, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = workbook.newWorksheet("目标企业");
        HeaderRow.write(sheet, HEADERS);
        sheet.width(0, 40);
        sheet.width(1, 22);
        int row = 1;
        for (int page = 0;; page++) {
            List<Enterprise> chunk = enterprises.search(filter, Sort.ascending("id"))
                    .page(io.quarkus.panache.common.Page.of(page, CHUNK)).list();
            if (chunk.isEmpty()) {
                break;
            }
            for (Enterprise e : chunk) {
                writeRow(sheet, row++, e);
            }
            sheet.flush();
            em.clear();
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int row, Enterprise e) {
        Map<Integer, Object> cells = new java.util.HashMap<>();
        cells.put(0, e.name);
        cells.put(1, e.creditCode);
        cells.put(2, String.join("；", e.formerNames));
        cells.put(3, e.regionCode != null ? e.regionCode : e.countryCode);
        cells.put(4, e.industryCode);
        cells.put(5, e.industry == null ? null : e.industry.name);
        cells.put(6, e.nature == null ? null : EnterpriseLabels.nature(e.nature));
        cells.put(7, e.tags.stream().sorted(java.util.Comparator.comparing(t -> t.tag))
                .map(t -> EnterpriseLabels.tag(t.tag) + (t.listYear == null ? "" : "(" + t.listYear + ")"))
                .collect(Collectors.joining("；")));
        cells.put(8, e.registeredCapital);
        cells.put(9, e.employees);
        cells.put(10, EnterpriseLabels.status(e.status));
        cells.put(11, e.ownerUnit.name);
        cells.put(12, e.attractionMethod);
        cells.put(13, e.source);
        cells.forEach((column, value) -> {
            if (value instanceof BigDecimal amount) {
                sheet.value(row, column, amount);
                sheet.style(row, column).format("#,##0.0000").set();
            } else if (value instanceof Integer number) {
                sheet.value(row, column, number);
            } else if (value != null) {
                sheet.value(row, column, CellText.safe(value.toString()));
            }
        });
    }
}
