package io.attract.project;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;

/**
 * The columns of the monthly ledger sheet (月度台账) as districts keep it. Headers are matched after trimming and
 * folding full-width characters, so 行业（4+N） is 行业(4+N); their order is free.
 */
final class LedgerColumns {

    static final String CODE = "项目编号";
    static final String NAME = "项目名称";
    static final String POOL = "所在库";
    static final String STAGE = "阶段";
    static final String KEY_PROJECT = "是否重点";
    static final String INVESTORS = "投资方";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String NATURE = "企业性质";
    static final String TAGS = "企业标签";
    static final String ORIGIN = "来源地";
    static final String ORIGIN_TIER = "来源层级";
    static final String INDUSTRY = "行业(4+N)";
    static final String INDUSTRY_CODE = "国民经济行业代码";
    static final String ZONE = "组团";
    static final String PARK_OR_SITE = "园区/载体";
    static final String STREET = "落地街道";
    static final String CONTENT = "建设内容";
    static final String METHOD = "招商方式";
    static final String SOURCE = "关联活动/外出招商";
    static final String TOTAL = "总投资(万元)";
    static final String FIXED_ASSET = "固定资产投资(万元)";
    static final String CONTRACT_USD = "合同外资(万美元)";
    static final String FUNDS_MONTH = "当月到位资金(万元)";
    static final String FUNDS_YEAR = "当年累计到位(万元)";
    static final String FUNDS_ALL = "历年累计到位(万元)";
    static final String FOREIGN_USD = "实际使用外资(万美元)";
    static final String NEGOTIATING_ON = "首谈日期";
    static final String SIGNED_ON = "签约日期";
    static final String REGISTERED_ON = "注册日期";
    static final String CONSTRUCTION_ON = "开工日期";
    static final String OPERATING_ON = "投产日期";
    static final String SPONSOR = "包挂领导";
    static final String UNIT = "责任单位";
    static final String OWNER = "责任人";
    static final String PROGRESS = "本月进展";
    static final String PROBLEM = "存在问题";
    static final String COORDINATION = "需协调事项";
    static final String NEXT_STEP = "下步计划";

    /** In the order of the template. */
    static final List<String> ALL = List.of(CODE, NAME, POOL, STAGE, KEY_PROJECT, INVESTORS, CREDIT_CODE, NATURE,
            TAGS, ORIGIN, ORIGIN_TIER, INDUSTRY, INDUSTRY_CODE, ZONE, PARK_OR_SITE, STREET, CONTENT, METHOD, SOURCE,
            TOTAL, FIXED_ASSET, CONTRACT_USD, FUNDS_MONTH, FUNDS_YEAR, FUNDS_ALL, FOREIGN_USD, NEGOTIATING_ON,
            SIGNED_ON, REGISTERED_ON, CONSTRUCTION_ON, OPERATING_ON, SPONSOR, UNIT, OWNER, PROGRESS, PROBLEM,
            COORDINATION, NEXT_STEP);

    static final List<String> REQUIRED = List.of(NAME, STAGE, UNIT);

    /** Columns ledgers often have that mean nothing to the import (a running number); skipped without a warning. */
    static final List<String> SKIPPED = List.of("序号");

    /** The date column of each funnel stage after 线索, in funnel order. */
    static final Map<ProjectStage, String> STAGE_DATES = new EnumMap<>(Map.of(ProjectStage.NEGOTIATING,
            NEGOTIATING_ON, ProjectStage.SIGNED, SIGNED_ON, ProjectStage.REGISTERED, REGISTERED_ON,
            ProjectStage.CONSTRUCTION, CONSTRUCTION_ON, ProjectStage.OPERATING, OPERATING_ON));

    static final Map<WorklogKind, String> WORKLOG = new EnumMap<>(Map.of(WorklogKind.PROGRESS, PROGRESS,
            WorklogKind.PROBLEM, PROBLEM, WorklogKind.COORDINATION, COORDINATION, WorklogKind.NEXT_STEP, NEXT_STEP));

    /** The sheet's headers: which known column is in which raw header, and what was wrong with them. */
    record Headers(Map<String, String> rawByColumn, List<RowError> errors, List<RowWarning> warnings) {

        boolean has(String column) {
            return rawByColumn.containsKey(column);
        }
    }

    private LedgerColumns() {
    }

    static Headers match(List<String> rawHeaders) {
        Map<String, String> known = new HashMap<>();
        ALL.forEach(c -> known.put(canonical(c), c));
        Map<String, String> rawByColumn = new LinkedHashMap<>();
        List<RowError> errors = new java.util.ArrayList<>();
        List<RowWarning> warnings = new java.util.ArrayList<>();
        for (String raw : rawHeaders) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String column = known.get(canonical(raw));
            if (column == null && SKIPPED.contains(canonical(raw))) {
                continue;
            }
            if (column == null) {
                warnings.add(new RowWarning(1, raw.strip(), "无法识别的列“" + raw.strip() + "”，该列未导入"));
            } else if (rawByColumn.putIfAbsent(column, raw) != null) {
                errors.add(new RowError(1, column, "“" + column + "”列出现了两次，请删除其中一列"));
            }
        }
        for (String column : REQUIRED) {
            if (!rawByColumn.containsKey(column)) {
                errors.add(new RowError(1, column, "缺少必填列“" + column + "”（请使用导入模板）"));
            }
        }
        return new Headers(rawByColumn, errors, warnings);
    }

    /** A header as compared: half-width, without any whitespace (line breaks inside cells too), upper case. */
    static String canonical(String header) {
        return halfWidth(header).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Full-width letters, digits and punctuation folded to half-width; the ideographic space to a space. */
    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(
                c == 0x3000 ? ' ' : c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
        return out.toString().strip();
    }
}
