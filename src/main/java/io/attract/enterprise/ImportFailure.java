package io.attract.enterprise;

import io.attract.common.error.ApiException;
import java.sql.SQLException;

/**
 * Why an import that passed its checks could not be written, in words for the person who imported it; the job then
 * fails with this problem, not {@code internal.error}. Told by the database's SQLSTATE; nothing was written in
 * any case (the import is one transaction).
 */
final class ImportFailure {

    private static final String NOTHING_WRITTEN = "已全部撤销，没有写入任何数据。";

    private ImportFailure() {}

    static ApiException of(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return new ApiException(503, "import.too_large", "服务器内存不足以一次导入这么大的表格，" + NOTHING_WRITTEN + "请把表格分成几份导入。");
        }
        String state = sqlState(failure);
        if (state == null) {
            return new ApiException(500, "import.failed", "写入数据库时出错，" + NOTHING_WRITTEN + "请稍后重新导入；如仍失败，请联系系统管理员。");
        }
        if (state.equals("23505")) {
            return new ApiException(
                    409,
                    "import.conflict",
                    "导入期间有人登记了表中的同一家企业（统一社会信用代码或名称重复），" + NOTHING_WRITTEN + "请重新导入：已登记的企业会被更新，不会重复新增。");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new ApiException(409, "import.conflict", "导入与他人同时进行的修改冲突，" + NOTHING_WRITTEN + "请重新导入。");
        }
        if (state.startsWith("22")) {
            return new ApiException(
                    422,
                    "import.unstorable_value",
                    "表格中有数据库无法保存的内容（如不可见的控制字符或超出范围的数字），" + NOTHING_WRITTEN + "请检查表格后重新导入。");
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
            return new ApiException(
                    503, "import.database_unavailable", "导入时数据库连接中断或数据库资源不足，" + NOTHING_WRITTEN + "请稍后重新导入。");
        }
        return new ApiException(500, "import.failed", "数据库拒绝了写入（错误代码 " + state + "），" + NOTHING_WRITTEN + "请联系系统管理员。");
    }

    /** The SQLSTATE of the first SQL exception in the chain, or null. */
    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
