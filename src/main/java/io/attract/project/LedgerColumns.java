package io.attract.project;

import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.TableLayout;
import io.attract.common.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the monthly ledger sheet (月度台账) as districts keep them. A header is recognised after folding
 * full-width characters and spaces, by the names districts use ({@link LedgerField}), its unit in brackets (亿元 is
 * converted into 万元) and, for money, its period: 当月 | 1-9月累计 (当年) | 历年累计. Their order is free.
 */
final class LedgerColumns {

    static final String CODE = LedgerField.CODE.label;
    static final String NAME = LedgerField.NAME.label;
    static final String POOL = LedgerField.POOL.label;
    static final String STAGE = LedgerField.STAGE.label;
    static final String KEY_PROJECT = LedgerField.KEY_PROJECT.label;
    static final String INVESTORS = LedgerField.INVESTORS.label;
    static final String CREDIT_CODE = LedgerField.CREDIT_CODE.label;
    static final String NATURE = LedgerField.NATURE.label;
    static final String TAGS = LedgerField.TAGS.label;
    static final String ORIGIN = LedgerField.ORIGIN.label;
    static final String ORIGIN_TIER = LedgerField.ORIGIN_TIER.label;
    static final String INDUSTRY = LedgerField.INDUSTRY.label;
    static final String INDUSTRY_CODE = LedgerField.INDUSTRY_CODE.label;
    static final String ZONE = LedgerField.ZONE.label;
    static final String PARK_OR_SITE = LedgerField.PARK_OR_SITE.label;
    static final String STREET = LedgerField.STREET.label;
    static final String CONTENT = LedgerField.CONTENT.label;
    static final String METHOD = LedgerField.METHOD.label;
    static final String SOURCE = LedgerField.SOURCE.label;
    static final String TOTAL = LedgerField.TOTAL.label;
    static final String FIXED_ASSET = LedgerField.FIXED_ASSET.label;
    static final String CONTRACT_USD = LedgerField.CONTRACT_USD.label;
    static final String FUNDS_MONTH = LedgerField.FUNDS_MONTH.label;
    static final String FUNDS_YEAR = LedgerField.FUNDS_YEAR.label;
    static final String FUNDS_ALL = LedgerField.FUNDS_ALL.label;
    static final String FOREIGN_USD = LedgerField.FOREIGN_USD.label;
    static final String FOREIGN_USD_YEAR = LedgerField.FOREIGN_USD_YEAR.label;
    static final String NEGOTIATING_ON = LedgerField.NEGOTIATING_ON.label;
    static final String SIGNED_ON = LedgerField.SIGNED_ON.label;
    static final String REGISTERED_ON = LedgerField.REGISTERED_ON.label;
    static final String CONSTRUCTION_ON = LedgerField.CONSTRUCTION_ON.label;
    static final String OPERATING_ON = LedgerField.OPERATING_ON.label;
    static final String SPONSOR = LedgerField.SPONSOR.label;
    static final String UNIT = LedgerField.UNIT.label;
    static final String OWNER = LedgerField.OWNER.label;
    static final String PROGRESS = LedgerField.PROGRESS.label;
    static final String PROBLEM = LedgerField.PROBLEM.label;
    static final String COORDINATION = LedgerField.COORDINATION.label;
    static final String NEXT_STEP = LedgerField.NEXT_STEP.label;

    /** In the order of the template. */
    static final List<String> ALL =
            Arrays.stream(LedgerField.values()).map(f -> f.label).toList();

    /** Columns ledgers often have that mean nothing to the import; skipped without a warning. */
    static final List<String> SKIPPED = List.of("序号", "备注", "序列号");

    /** The date column of each funnel stage after 线索, in funnel order. */
    static final Map<ProjectStage, String> STAGE_DATES = new EnumMap<>(Map.of(
            ProjectStage.NEGOTIATING,
            NEGOTIATING_ON,
            ProjectStage.SIGNED,
            SIGNED_ON,
            ProjectStage.REGISTERED,
            REGISTERED_ON,
            ProjectStage.CONSTRUCTION,
            CONSTRUCTION_ON,
            ProjectStage.OPERATING,
            OPERATING_ON));

    static final Map<WorklogKind, String> WORKLOG = new EnumMap<>(Map.of(
            WorklogKind.PROGRESS,
            PROGRESS,
            WorklogKind.PROBLEM,
            PROBLEM,
            WorklogKind.COORDINATION,
            COORDINATION,
            WorklogKind.NEXT_STEP,
            NEXT_STEP));

    /** A header as read: the field it means (null: none the import takes) and the factor into the field's unit. */
    record Recognised(LedgerField field, BigDecimal multiplier) {}

    /** The sheet's columns: which field is in which raw header, its factor, and what was wrong with them. */
    record Headers(
            Map<String, String> rawByColumn,
            Map<String, BigDecimal> multipliers,
            List<RowError> errors,
            List<RowWarning> warnings) {

        boolean has(String column) {
            return rawByColumn.containsKey(column);
        }

        BigDecimal multiplier(String column) {
            return multipliers.getOrDefault(column, BigDecimal.ONE);
        }
    }

    private static final Map<String, LedgerField> SYNONYMS = new HashMap<>();

    static {
        for (LedgerField f : LedgerField.values()) {
            SYNONYMS.put(key(f.label), f);
            f.synonyms.forEach(s -> SYNONYMS.putIfAbsent(key(s), f));
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("[(\\[【]([^()\\[\\]【】]*)[)\\]】]");
    private static final Pattern UNIT_NAME = Pattern.compile("(单位[:：]?)?(亿元|万元|元|亿美元|万美元|美元)");
    private static final Pattern TRAILING_UNIT = Pattern.compile("^(.+?)[/:：]?(亿元|万元|亿美元|万美元)$");
    private static final Pattern YEAR_PERIOD =
            Pattern.compile("\\d{1,2}[-~～—至到]\\d{1,2}月|1-N月|当年|本年|年度累计|今年|年初至今|年累计|截至本月");
    private static final Pattern ALL_PERIOD = Pattern.compile("历年|以来|总累计|累计总|开工至今|项目累计|^累计|/累计");
    private static final Pattern MONTH_PERIOD = Pattern.compile("当月|本月|月度|^\\d{1,2}月|/\\d{1,2}月");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final BigDecimal TEN_THOUSANDTH = new BigDecimal("0.0001");

    /** What the table finder knows: every header districts write for a field, and the sub-headers of a group. */
    static final TableLayout.Vocabulary VOCABULARY = new TableLayout.Vocabulary() {
        @Override
        public boolean knows(String header) {
            return recognise(header, true).field() != null || SKIPPED.contains(key(header));
        }

        @Override
        public boolean subHeader(String text) {
            String k = key(text);
            return YEAR_PERIOD.matcher(k).find()
                    || ALL_PERIOD.matcher(k).find()
                    || MONTH_PERIOD.matcher(k).find()
                    || k.matches(".*(累计|金额|万元|亿元|万美元|日期|时间|名称|代码)$");
        }
    };

    private LedgerColumns() {}

    /**
     * The field a header means. {@code fdiYearToDate}: how to read an 实际使用外资 without a period — as 1–N月累计
     * in a ledger that carries year-to-date funds (as monthly statistics report it), else as the month's.
     */
    static Recognised recognise(String header, boolean fdiYearToDate) {
        String[] nameAndUnit = nameAndUnit(header);
        LedgerField field = field(nameAndUnit[0], fdiYearToDate);
        return new Recognised(field, field == null ? BigDecimal.ONE : multiplier(field, nameAndUnit[1]));
    }

    /** The header without its unit, and the unit (亿元, 万元, 元, 万美元 …; null when it names none). */
    private static String[] nameAndUnit(String header) {
        String h = Text.compact(header);
        String unit = null;
        Matcher m = BRACKETS.matcher(h);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            Matcher u = UNIT_NAME.matcher(m.group(1));
            if (u.matches()) {
                unit = u.group(2);
                m.appendReplacement(rest, "");
            }
        }
        m.appendTail(rest);
        String name = rest.toString();
        Matcher tail = TRAILING_UNIT.matcher(name);
        if (unit == null && tail.matches()) {
            return new String[] {tail.group(1), tail.group(2)};
        }
        return new String[] {name, unit};
    }

    private static LedgerField field(String name, boolean fdiYearToDate) {
        LedgerField exact = SYNONYMS.get(name);
        if (exact != null) {
            return exact;
        }
        String sub = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        LedgerField bySub = SYNONYMS.get(sub);
        boolean money = name.contains("到位") || name.contains("外资");
        if (bySub != null && !money) {
            return bySub;
        }
        boolean all = ALL_PERIOD.matcher(name).find();
        boolean year = !all && YEAR_PERIOD.matcher(name).find();
        boolean month = !all && !year && MONTH_PERIOD.matcher(name).find();
        if (name.contains("合同外资") || name.contains("合同利用外资")) {
            return LedgerField.CONTRACT_USD;
        }
        if (name.matches(".*(实际使用外资|实际利用外资|实到外资|使用外资|利用外资).*")) {
            return year
                    ? LedgerField.FOREIGN_USD_YEAR
                    : month
                            ? LedgerField.FOREIGN_USD
                            : all ? null : fdiYearToDate ? LedgerField.FOREIGN_USD_YEAR : LedgerField.FOREIGN_USD;
        }
        if (name.contains("到位")) {
            return year ? LedgerField.FUNDS_YEAR : month ? LedgerField.FUNDS_MONTH : all ? LedgerField.FUNDS_ALL : null;
        }
        return null;
    }

    private static BigDecimal multiplier(LedgerField field, String unit) {
        if (unit == null || field.amountUnit() == null) {
            return BigDecimal.ONE;
        }
        return switch (unit) {
            case "亿元", "亿美元" -> TEN_THOUSAND;
            case "元", "美元" -> TEN_THOUSANDTH;
            default -> BigDecimal.ONE;
        };
    }

    /**
     * The columns of a sheet: detected from its headers, then as the user mapped them ({@code mapping}: column index
     * → field, null to ignore a column). The sheet's money columns without a unit of their own take the title's
     * (单位：亿元).
     */
    static Map<Integer, Recognised> detect(
            List<String> rawHeaders, Map<Integer, LedgerField> mapping, String sheetUnit) {
        boolean yearToDateFunds =
                rawHeaders.stream().anyMatch(h -> recognise(h, false).field() == LedgerField.FUNDS_YEAR);
        Map<Integer, Recognised> columns = new LinkedHashMap<>();
        for (int i = 0; i < rawHeaders.size(); i++) {
            Recognised r = rawHeaders.get(i).isBlank()
                    ? new Recognised(null, BigDecimal.ONE)
                    : recognise(rawHeaders.get(i), yearToDateFunds);
            if (mapping != null && mapping.containsKey(i)) {
                LedgerField chosen = mapping.get(i);
                r = new Recognised(
                        chosen,
                        chosen == null ? BigDecimal.ONE : multiplier(chosen, nameAndUnit(rawHeaders.get(i))[1]));
            }
            if (r.field() != null
                    && r.field().amountUnit() != null
                    && sheetUnit != null
                    && !hasUnit(rawHeaders.get(i))) {
                r = new Recognised(r.field(), multiplier(r.field(), sheetUnit));
            }
            columns.put(i, r);
        }
        return columns;
    }

    private static boolean hasUnit(String header) {
        return nameAndUnit(header)[1] != null;
    }

    static Headers match(List<String> rawHeaders) {
        return match(rawHeaders, detect(rawHeaders, null, null));
    }

    static Headers match(List<String> rawHeaders, Map<Integer, Recognised> columns) {
        Map<String, String> rawByColumn = new LinkedHashMap<>();
        Map<String, BigDecimal> multipliers = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<RowWarning> warnings = new ArrayList<>();
        for (int i = 0; i < rawHeaders.size(); i++) {
            String raw = rawHeaders.get(i);
            Recognised r = columns.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            if (r == null || r.field() == null) {
                if (!SKIPPED.contains(key(raw))) {
                    warnings.add(new RowWarning(1, raw.strip(), "未导入的列“" + raw.strip() + "”（可在对应关系中指定它的含义）"));
                }
                continue;
            }
            String column = r.field().label;
            if (rawByColumn.putIfAbsent(column, raw) != null) {
                errors.add(new RowError(
                        1,
                        column,
                        "有两列都对应“" + column + "”（“" + rawByColumn.get(column) + "”和“" + raw.strip()
                                + "”），请只保留一列或改变其中一列的对应关系"));
            } else {
                multipliers.put(column, r.multiplier());
            }
        }
        for (LedgerField f : LedgerField.values()) {
            if (f.required() && !rawByColumn.containsKey(f.label)) {
                errors.add(new RowError(1, f.label, "缺少必填列“" + f.label + "”：请在对应关系中指出哪一列是" + f.label));
            }
        }
        return new Headers(rawByColumn, multipliers, errors, warnings);
    }

    static String key(String header) {
        return Text.compact(header);
    }

    /** A header as compared: half-width, without any whitespace (line breaks inside cells too), upper case. */
    static String canonical(String header) {
        return Text.compact(header);
    }

    /** Full-width letters, digits and punctuation folded to half-width; the ideographic space to a space. */
    static String halfWidth(String s) {
        return Text.halfWidth(s);
    }
}
