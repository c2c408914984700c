package io.attract.ranking;

import io.attract.unit.UnitKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's targets: every unit with its target per metric (null: none set), the district's totals, and the grid's
 * {@code version} (the number of saves; 0 while the year has none).
 */
public record TargetGrid(
        int year,
        long version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy,
        List<Metric> metrics,
        List<UnitTargets> units,
        Map<Metric, BigDecimal> totals) {

    public record UnitTargets(
            long unitId, String unitCode, String unitName, UnitKind unitKind, Map<Metric, BigDecimal> targets) {}

    /** The whole grid as the admin saves it; a unit or metric left out has no target afterwards. */
    @Schema(name = "TargetGridRequest")
    public record Request(List<UnitRequest> units) {}

    @Schema(name = "UnitTargetsRequest")
    public record UnitRequest(Long unitId, Map<Metric, BigDecimal> targets) {}
}
