package io.attract.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ledger's cells say, in the words districts use: stage, pool, tier and method labels, dates as Excel
 * keeps them (a day number) or as typed (2026-03-05, 2026/3/5, 2026年3月5日), and amounts as exact decimals.
 * A value that cannot be read raises {@link IllegalArgumentException} with a message for the person who typed it.
 */
final class LedgerValues {

    static final Map<String, ProjectStage> STAGES = Map.ofEntries(
            Map.entry("线索", ProjectStage.LEAD),
            Map.entry("在谈", ProjectStage.NEGOTIATING),
            Map.entry("签约", ProjectStage.SIGNED),
            Map.entry("注册", ProjectStage.REGISTERED),
            Map.entry("落地", ProjectStage.REGISTERED),
            Map.entry("注册(落地)", ProjectStage.REGISTERED),
            Map.entry("开工", ProjectStage.CONSTRUCTION),
            Map.entry("投产", ProjectStage.OPERATING),
            Map.entry("运营", ProjectStage.OPERATING),
            Map.entry("投产/运营", ProjectStage.OPERATING),
            Map.entry("搁置", ProjectStage.ON_HOLD),
            Map.entry("终止", ProjectStage.TERMINATED),
            Map.entry("意向", ProjectStage.LEAD),
            Map.entry("储备", ProjectStage.LEAD),
            Map.entry("洽谈", ProjectStage.NEGOTIATING),
            Map.entry("洽谈中", ProjectStage.NEGOTIATING),
            Map.entry("在谈中", ProjectStage.NEGOTIATING),
            Map.entry("正在洽谈", ProjectStage.NEGOTIATING),
            Map.entry("已签约", ProjectStage.SIGNED),
            Map.entry("已注册", ProjectStage.REGISTERED),
            Map.entry("已落地", ProjectStage.REGISTERED),
            Map.entry("注册落地", ProjectStage.REGISTERED),
            Map.entry("在建", ProjectStage.CONSTRUCTION),
            Map.entry("已开工", ProjectStage.CONSTRUCTION),
            Map.entry("开工建设", ProjectStage.CONSTRUCTION),
            Map.entry("已投产", ProjectStage.OPERATING),
            Map.entry("投产运营", ProjectStage.OPERATING),
            Map.entry("竣工投产", ProjectStage.OPERATING),
            Map.entry("已运营", ProjectStage.OPERATING),
            Map.entry("暂停", ProjectStage.ON_HOLD),
            Map.entry("暂缓", ProjectStage.ON_HOLD),
            Map.entry("已终止", ProjectStage.TERMINATED));
    static final String STAGE_HINT = "线索、在谈、签约、注册(落地)、开工、投产/运营、搁置 或 终止";

    static final Map<String, ProjectPool> POOLS = Map.of(
            "策划库",
            ProjectPool.PLANNING,
            "推进库",
            ProjectPool.PROMOTION,
            "实施库",
            ProjectPool.IMPLEMENTATION,
            "储备库",
            ProjectPool.PLANNING,
            "谋划库",
            ProjectPool.PLANNING,
            "在谈库",
            ProjectPool.PROMOTION,
            "在建库",
            ProjectPool.IMPLEMENTATION);
    static final String POOL_HINT = "策划库、推进库 或 实施库";

    static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("√", true),
            Map.entry("✓", true),
            Map.entry("✔", true),
            Map.entry("×", false),
            Map.entry("✗", false),
            Map.entry("Y", true),
            Map.entry("N", false),
            Map.entry("重点", true),
            Map.entry("非重点", false));
    static final String YES_NO_HINT = "是 或 否";

    static final Map<String, OriginTier> TIERS = Map.of(
            "境外",
            OriginTier.OVERSEAS,
            "省外",
            OriginTier.OUT_OF_PROVINCE,
            "市外省内",
            OriginTier.OUT_OF_CITY,
            "区外市内",
            OriginTier.OUT_OF_DISTRICT,
            "区内",
            OriginTier.LOCAL);
    static final String TIER_HINT = "境外、省外、市外省内、区外市内 或 区内";

    static final Map<String, String> METHODS = Map.ofEntries(
            Map.entry("以商招商", "BUSINESS_NETWORK"),
            Map.entry("产业链招商", "CHAIN"),
            Map.entry("空间招商", "SPACE"),
            Map.entry("项目招商", "PROJECT"),
            Map.entry("二次招商", "REINVESTMENT"),
            Map.entry("中介/基金招商", "AGENCY_FUND"),
            Map.entry("中介招商", "AGENCY_FUND"),
            Map.entry("基金招商", "AGENCY_FUND"),
            Map.entry("展会招商", "EXPO"));
    static final String METHOD_HINT = "以商招商、产业链招商、空间招商、项目招商、二次招商、中介/基金招商 或 展会招商";

    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern SERIAL = Pattern.compile("(\\d{1,6})(\\.\\d+)?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(月份?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern AMOUNT =
            Pattern.compile("([-+]?\\d+(?:\\.\\d+)?|[-+]?\\.\\d+)(亿元|万元|元|亿美元|万美元|美元|亿|万)?");
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000000001");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");

    private LedgerValues() {}

    /** Words in a stage as districts describe it, furthest first; "未开工" and the like are read as not said. */
    private static final List<Map.Entry<String, ProjectStage>> STAGE_WORDS = List.of(
            Map.entry("终止|取消|放弃|退出", ProjectStage.TERMINATED), Map.entry("搁置|暂停|暂缓|停滞", ProjectStage.ON_HOLD),
            Map.entry("投产|运营|投运|竣工|达产", ProjectStage.OPERATING), Map.entry("开工|在建|建设中|施工", ProjectStage.CONSTRUCTION),
            Map.entry("注册|落地|入驻|设立", ProjectStage.REGISTERED), Map.entry("签约|签订|签署", ProjectStage.SIGNED),
            Map.entry("洽谈|在谈|对接|磋商|考察|接洽", ProjectStage.NEGOTIATING), Map.entry("线索|储备|意向|谋划|策划", ProjectStage.LEAD));

    private static final Pattern NOT_YET = Pattern.compile("(尚未|没有|未|待|拟|计划|准备|即将|争取)[\\p{IsHan}]{1,2}");

    /**
     * 阶段 as written: a label of the list (签约, 注册(落地) …), else the furthest stage its words name — "已签约未开工"
     * is 签约, "正在办理注册手续" is 注册(落地), "前期对接" is 在谈; what is not yet (未, 待, 拟 …) is not read.
     */
    static ProjectStage stage(String text) {
        String s = LedgerColumns.halfWidth(text).replaceAll("\\s+", "");
        ProjectStage exact = STAGES.get(s);
        if (exact != null) {
            return exact;
        }
        ProjectStage said = named(NOT_YET.matcher(s).replaceAll(""));
        if (said != null) {
            return said;
        }
        // only a signing to come is said (拟签约, 待签约): the project is in talks; 待开工 and the like are not
        // clear enough to count (signed? registered?), so the user is asked
        if (named(s) == ProjectStage.SIGNED) {
            return ProjectStage.NEGOTIATING;
        }
        throw new IllegalArgumentException("“" + text + "”无法识别，应为 " + STAGE_HINT);
    }

    private static ProjectStage named(String text) {
        for (Map.Entry<String, ProjectStage> words : STAGE_WORDS) {
            if (Pattern.compile(words.getKey()).matcher(text).find()) {
                return words.getValue();
            }
        }
        return null;
    }

    /** 是否重点 as written: 是/否/√, or a level of key project (省重点, 市级重点) — anything but "非重点" that says 重点. */
    static Boolean keyProject(String text) {
        String s = LedgerColumns.halfWidth(text).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        Boolean yesNo = YES_NO.get(s);
        if (yesNo != null) {
            return yesNo;
        }
        if (s.contains("重点")) {
            return !s.contains("非") && !s.contains("不");
        }
        throw new IllegalArgumentException("“" + text + "”无法识别，应为 " + YES_NO_HINT);
    }

    /** A label looked up after folding full-width characters and dropping spaces: 注册（落地） is 注册(落地). */
    static <T> T choice(String text, Map<String, T> labels, String hint) {
        T value = labels.get(LedgerColumns.halfWidth(text).replaceAll("\\s+", ""));
        if (value == null) {
            throw new IllegalArgumentException("“" + text + "”无法识别，应为 " + hint);
        }
        return value;
    }

    static LocalDate date(String text) {
        String s = LedgerColumns.halfWidth(text);
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            // a month without a day, as ledgers often keep 签约时间 (2024年3月, 2024.3): its first day
            m = YEAR_MONTH.matcher(s);
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1990) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            }
            m = SERIAL.matcher(s);
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                return EXCEL_EPOCH.plusDays(Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("“" + text + "”不是有效的日期");
        }
        throw new IllegalArgumentException("“" + text + "”不是日期，请填写如 2026-03-05、2026/3/5 或 2026年3月5日");
    }

    /**
     * An amount (万元 or 万美元): not negative, at most 4 decimals. A value a formula left with binary noise
     * (1234.5600000000001) is taken at 4 decimals; anything finer is refused rather than rounded.
     */
    static BigDecimal amount(String text) {
        return amount(text, BigDecimal.ONE, "万元");
    }

    /**
     * An amount in the column's unit ({@code unit}, 万元 or 万美元) from a cell whose number is in the header's unit
     * ({@code multiplier} into the column's: 亿元 → 10000), unless the cell names its own unit (500万元, 2.5亿元,
     * 3000元). Thousands separators and full-width digits are read; "-", "/", "无" are blank.
     */
    static BigDecimal amount(String text, BigDecimal multiplier, String unit) {
        String s =
                LedgerColumns.halfWidth(text).replace(",", "").replace("，", "").replaceAll("\\s+", "");
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("“" + text + "”不是数字");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + text + "”不是数字");
        }
        String cellUnit = m.group(2);
        if (cellUnit != null && !cellUnit.isEmpty()) {
            boolean usd = cellUnit.contains("美元");
            if (cellUnit.endsWith("元") && usd != unit.contains("美元")) {
                throw new IllegalArgumentException("“" + text + "”的单位与该列（" + unit + "）不符");
            }
            multiplier = cellUnit.startsWith("亿")
                    ? new BigDecimal(10_000)
                    : cellUnit.startsWith("万") ? BigDecimal.ONE : new BigDecimal("0.0001");
        }
        value = value.multiply(multiplier);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数（" + text + "）");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0) {
            throw new IllegalArgumentException("金额过大（" + text + "），请核对单位是否为万元/万美元");
        }
        if (value.scale() > 4) {
            BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP);
            if (rounded.subtract(value).abs().compareTo(FLOAT_NOISE.multiply(multiplier.max(BigDecimal.ONE))) > 0) {
                throw new IllegalArgumentException("金额最多保留 4 位小数（" + text + "，即 "
                        + value.stripTrailingZeros().toPlainString() + " " + unit + "）");
            }
            value = rounded;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** A cell that says "nothing" in words rather than leaving it blank. */
    static boolean saysNothing(String text) {
        String s = LedgerColumns.halfWidth(text).replaceAll("\\s+", "");
        return s.matches("[-—–/\\\\]+|无|暂无|空");
    }
}
