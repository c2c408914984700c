package io.attract.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One figure of the catalogue (口径): its id, its one Chinese name, what it counts and in which unit. The English
 * texts are the front end's translation.
 */
public record Figure(String id, String name, String nameEn, String definition, String definitionEn, Unit unit) {

    /** What the figure is measured in. */
    @Schema(name = "FigureUnit")
    public enum Unit {
        /** 个 (projects, trips, events). */
        COUNT,
        /** 万元, headlines in 亿元. */
        CNY_10K,
        /** 万美元. */
        USD_10K,
        /** 百分比. */
        PERCENT,
        /** 分. */
        SCORE
    }
}
