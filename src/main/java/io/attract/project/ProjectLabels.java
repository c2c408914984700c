package io.attract.project;

import java.util.EnumMap;
import java.util.Map;

/** The Chinese names of the project enumerations, for server-made messages and sheets. */
public final class ProjectLabels {

    private static final Map<ProjectStage, String> STAGES = new EnumMap<>(Map.of(ProjectStage.LEAD, "线索",
            ProjectStage.NEGOTIATING, "在谈", ProjectStage.SIGNED, "签约", ProjectStage.REGISTERED, "注册",
            ProjectStage.CONSTRUCTION, "开工", ProjectStage.OPERATING, "投产", ProjectStage.ON_HOLD, "搁置",
            ProjectStage.TERMINATED, "终止"));

    private ProjectLabels() {
    }

    public static String stage(ProjectStage stage) {
        return STAGES.get(stage);
    }
}
