package io.attract.common.audit;

import io.attract.common.excel.CellText;
import io.attract.common.excel.CopyMark;
import io.attract.common.excel.HeaderRow;
import io.attract.common.persistence.ReadReplica;
import io.attract.common.time.BusinessDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The filtered trail as .xlsx in the page's words, newest first, a thousand rows at a time (heap holds one chunk). */
@ApplicationScoped
public class AuditExport {

    static final List<String> HEADERS = List.of("时间(北京时间)", "操作人", "登录名", "来源地址", "动作", "对象类型", "对象", "变更内容");
    static final Map<String, String> ACTIONS = Map.of(
            "CREATE",
            "新建",
            "UPDATE",
            "修改",
            "DELETE",
            "删除",
            "LOGIN",
            "登录",
            "LOGOUT",
            "退出",
            "REFUSED",
            "拒绝访问",
            "EXPORT",
            "导出",
            "PURGE",
            "到期清理",
            "DOWNLOAD",
            "下载");
    static final int MAX_ROWS = 200_000;
    private static final int CHUNK = 1000;
    private static final String EMPTY = "（空）";

    @Inject
    AuditRepository audit;

    @Inject
    AuditEntries entries;

    /** The trail is read from the read replica (ADR 0019); the business keys and names of its rows from the primary. */
    @Inject
    @ReadReplica
    EntityManager replica;

    @Transactional(Transactional.TxType.SUPPORTS)
    public void write(AuditRepository.Filter filter, CopyMark mark, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = mark.sheet(workbook, "审计日志");
        HeaderRow.write(sheet, HEADERS);
        int[] widths = {17, 12, 12, 16, 10, 14, 30, 80};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        int row = 1;
        for (int page = 0; row <= MAX_ROWS; page++) {
            List<AuditEvent> chunk = audit.page(replica, filter, page, CHUNK);
            for (AuditEntryView e : entries.read(chunk)) {
                sheet.value(row, 0, BusinessDates.minute(e.occurredAt()));
                sheet.value(row, 1, CellText.safe(e.actorName()));
                sheet.value(row, 2, CellText.safe(e.system() ? null : e.actor()));
                sheet.value(row, 3, CellText.safe(e.remoteAddress()));
                sheet.value(row, 4, ACTIONS.getOrDefault(e.action(), e.action()));
                sheet.value(row, 5, CellText.safe(e.entityLabel()));
                sheet.value(row, 6, CellText.safe(e.record()));
                sheet.value(
                        row,
                        7,
                        CellText.safe(e.readable().stream()
                                .map(c -> line(e.action(), c))
                                .collect(Collectors.joining("\n"))));
                row++;
            }
            sheet.flush();
            replica.clear();
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        workbook.finish();
    }

    /** "阶段: 在谈 → 签约"; a create names the value set, a delete the value removed (the page words it alike). */
    static String line(String action, AuditEntryView.Change c) {
        String before = c.before() == null ? EMPTY : c.before();
        String after = c.after() == null ? EMPTY : c.after();
        return c.label() + ": "
                + switch (action) {
                    case "CREATE" -> after;
                    case "DELETE" -> before;
                    default -> before + " → " + after;
                };
    }
}
