package io.attract.project;

import java.util.EnumMap;
import java.util.Map;

/** The Chinese names of the project enumerations, for server-made messages and sheets. */
public final class ProjectLabels {

    private static final Map<ProjectStage, String> STAGES = new EnumMap<>(Map.of(
            ProjectStage.LEAD,
            "线索",
            ProjectStage.NEGOTIATING,
            "在谈",
            ProjectStage.SIGNED,
            "签约",
            ProjectStage.REGISTERED,
            "注册",
            ProjectStage.CONSTRUCTION,
            "开工",
            ProjectStage.OPERATING,
            "投产",
            ProjectStage.ON_HOLD,
            "搁置",
            ProjectStage.TERMINATED,
            "终止"));

    private static final Map<ProjectPool, String> POOLS = new EnumMap<>(
            Map.of(ProjectPool.PLANNING, "策划库", ProjectPool.PROMOTION, "推进库", ProjectPool.IMPLEMENTATION, "实施库"));
    private static final Map<OriginTier, String> TIERS = new EnumMap<>(Map.of(
            OriginTier.OVERSEAS,
            "境外",
            OriginTier.OUT_OF_PROVINCE,
            "省外",
            OriginTier.OUT_OF_CITY,
            "市外省内",
            OriginTier.OUT_OF_DISTRICT,
            "区外市内",
            OriginTier.LOCAL,
            "区内"));

    private ProjectLabels() {}

    public static String stage(ProjectStage stage) {
        return STAGES.get(stage);
    }

    public static String pool(ProjectPool pool) {
        return POOLS.get(pool);
    }

    public static String tier(OriginTier tier) {
        return TIERS.get(tier);
    }
}
