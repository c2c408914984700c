package io.attract.project;

import java.util.List;

/** The funnel 线索 → 在谈 → 签约 → 注册(落地) → 开工 → 投产, and the side exits 搁置 and 终止. */
public enum ProjectStage {
    LEAD,
    NEGOTIATING,
    SIGNED,
    REGISTERED,
    CONSTRUCTION,
    OPERATING,
    ON_HOLD,
    TERMINATED;

    /** The steps of the funnel after 线索, in order: 在谈 → 签约 → 注册(落地) → 开工 → 投产. */
    public static final List<ProjectStage> STEPS = List.of(NEGOTIATING, SIGNED, REGISTERED, CONSTRUCTION, OPERATING);

    public boolean inFunnel() {
        return this != ON_HOLD && this != TERMINATED;
    }

    /** True when this funnel stage comes before {@code other} (both must be funnel stages). */
    public boolean before(ProjectStage other) {
        return ordinal() < other.ordinal();
    }
}
