package io.attract.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.error.ApiException;
import java.util.List;
import java.util.Map;

/**
 * What the user chose in the import wizard (docs/api-ledger-import.md): the sheet, the field of each column
 * (column index → field, null to ignore it; columns not named keep the detected field), and what each name the
 * system does not know stands for.
 */
public record LedgerImportOptions(String sheet, Map<Integer, LedgerField> mapping, List<Resolution> resolutions) {

    public enum Kind {
        UNIT,
        ZONE,
        PARK,
        INDUSTRY
    }

    public enum Action {
        /** The name is another name of an existing record ({@code id}). */
        MAP,
        /** A new record of that name is made in the import's transaction. */
        CREATE
    }

    public record Resolution(Kind kind, String name, Action action, Long id) {}

    public static final LedgerImportOptions NONE = new LedgerImportOptions(null, Map.of(), List.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The options form field as sent; 400 {@code import.bad_options} when it cannot be read. */
    public static LedgerImportOptions parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            LedgerImportOptions o = JSON.readValue(json, LedgerImportOptions.class);
            boolean bad = o.resolutions() != null
                    && o.resolutions().stream()
                            .anyMatch(r -> r == null
                                    || r.kind() == null
                                    || r.name() == null
                                    || r.action() == null
                                    || (r.action() == Action.MAP && r.id() == null));
            if (bad) {
                throw new IllegalArgumentException();
            }
            return new LedgerImportOptions(
                    o.sheet(),
                    o.mapping() == null ? Map.of() : o.mapping(),
                    o.resolutions() == null ? List.of() : o.resolutions());
        } catch (Exception e) {
            throw ApiException.invalid(
                    "options",
                    "import.bad_options",
                    "导入选项无法识别：mapping 应为“列序号 → 字段”，resolutions 中每项须有 kind、name、action（MAP 时还须有 id）。");
        }
    }
}
