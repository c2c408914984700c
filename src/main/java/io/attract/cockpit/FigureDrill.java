package io.attract.cockpit;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projects behind one figure over one period (drill-down): each with the figure's own number where it is money
 * (its funds or FDI in the period, its counted investment). {@code count} and {@code total} equal the figure.
 */
public record FigureDrill(
        String figure, String period, LocalDate from, LocalDate to, long count, BigDecimal total, List<Item> items) {

    @Schema(name = "FigureDrillItem")
    public record Item(
            long projectId, String code, String name, String unitName, ProjectStage stage, BigDecimal value) {}

    /** Which days a figure is read over: 当月, 1–N月累计, 去年同期. */
    public enum Period {
        MONTH,
        YTD,
        LAST_YTD;

        LocalDate from(LocalDate asOf) {
            return switch (this) {
                case MONTH -> asOf.withDayOfMonth(1);
                case YTD -> asOf.withDayOfYear(1);
                case LAST_YTD -> asOf.minusYears(1).withDayOfYear(1);
            };
        }

        LocalDate to(LocalDate asOf) {
            return this == LAST_YTD ? asOf.minusYears(1) : asOf;
        }
    }
}
