package io.attract.common.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.attract.common.excel.CellText;
import io.attract.common.excel.HeaderRow;

/** The filtered trail as .xlsx, newest first, a thousand rows at a time (heap holds one chunk). */
@ApplicationScoped
public class AuditExport {

    static final List<String> HEADERS = List.of("时间(UTC)", "操作人", "来源地址", "动作", "对象", "对象编号", "变更内容");
    static final int MAX_ROWS = 200_000;
    private static final int CHUNK = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    AuditRepository audit;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public void write(AuditRepository.Filter filter, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = workbook.newWorksheet("审计日志");
        HeaderRow.write(sheet, HEADERS);
        int[] widths = { 20, 14, 16, 10, 20, 24, 80 };
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        int row = 1;
        for (int page = 0; row <= MAX_ROWS; page++) {
            List<AuditEvent> chunk = audit.search(filter, page, CHUNK).list();
            for (AuditEvent e : chunk) {
                sheet.value(row, 0, TIME.format(e.occurredAt));
                sheet.value(row, 1, CellText.safe(e.actor));
                sheet.value(row, 2, CellText.safe(e.remoteAddress));
                sheet.value(row, 3, e.action);
                sheet.value(row, 4, CellText.safe(e.entity));
                sheet.value(row, 5, CellText.safe(e.entityId));
                sheet.value(row, 6, CellText.safe(e.changes));
                row++;
            }
            sheet.flush();
            em.clear();
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        workbook.finish();
    }
}
