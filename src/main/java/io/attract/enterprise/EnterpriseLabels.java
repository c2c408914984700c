package io.attract.enterprise;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The Chinese names of the enterprise enumerations, as sheets show them (the UI has its own catalogue). */
public final class EnterpriseLabels {

    private static final Map<EnterpriseTagCode, String> TAGS = new EnumMap<>(Map.ofEntries(
            Map.entry(EnterpriseTagCode.CHAIN_LEADER, "链主"),
            Map.entry(EnterpriseTagCode.BACKBONE, "骨干"),
            Map.entry(EnterpriseTagCode.GAZELLE, "瞪羚"),
            Map.entry(EnterpriseTagCode.UNICORN, "独角兽"),
            Map.entry(EnterpriseTagCode.SRDI, "专精特新"),
            Map.entry(EnterpriseTagCode.LITTLE_GIANT, "小巨人"),
            Map.entry(EnterpriseTagCode.HIDDEN_CHAMPION, "隐形冠军"),
            Map.entry(EnterpriseTagCode.HIGH_TECH, "高新技术"),
            Map.entry(EnterpriseTagCode.FORTUNE_500, "世界500强"),
            Map.entry(EnterpriseTagCode.CHINA_500, "中国500强"),
            Map.entry(EnterpriseTagCode.PRIVATE_500, "民企500强"),
            Map.entry(EnterpriseTagCode.LISTED, "上市"),
            Map.entry(EnterpriseTagCode.INDUSTRY_TOP10, "行业前十")));
    private static final Map<EnterpriseNature, String> NATURES = new EnumMap<>(Map.of(
            EnterpriseNature.CENTRAL_SOE,
            "央企",
            EnterpriseNature.LOCAL_SOE,
            "国企",
            EnterpriseNature.PRIVATE,
            "民企",
            EnterpriseNature.FOREIGN,
            "外资",
            EnterpriseNature.HK_MO_TW,
            "港澳台"));
    private static final Map<EnterpriseStatus, String> STATUSES = new EnumMap<>(Map.of(
            EnterpriseStatus.POOL,
            "储备",
            EnterpriseStatus.FOLLOWING,
            "跟进中",
            EnterpriseStatus.CONVERTED,
            "已转化",
            EnterpriseStatus.DORMANT,
            "休眠"));

    private EnterpriseLabels() {}

    public static String tag(EnterpriseTagCode tag) {
        return TAGS.get(tag);
    }

    public static String nature(EnterpriseNature nature) {
        return NATURES.get(nature);
    }

    public static String status(EnterpriseStatus status) {
        return STATUSES.get(status);
    }

    public static Optional<EnterpriseTagCode> tagOf(String label) {
        return Arrays.stream(EnterpriseTagCode.values())
                .filter(t -> TAGS.get(t).equals(label))
                .findFirst();
    }

    public static Optional<EnterpriseNature> natureOf(String label) {
        return NATURES.entrySet().stream()
                .filter(e -> e.getValue().equals(label))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public static Optional<EnterpriseStatus> statusOf(String label) {
        return STATUSES.entrySet().stream()
                .filter(e -> e.getValue().equals(label))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
