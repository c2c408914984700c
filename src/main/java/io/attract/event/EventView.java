package io.attract.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the list shows it; counts and sums use only the projects credited to it. */
public record EventView(
        long id,
        String name,
        EventKind kind,
        EventRole role,
        LocalDate heldOn,
        @Schema(nullable = true) String place,
        @Schema(nullable = true) String organiser,
        @Schema(nullable = true) String participants,
        Long unitId,
        String unitName,
        long projectCount,
        long creditedProjectCount,
        @Schema(nullable = true) BigDecimal totalInvestmentCredited,
        long version) {

    public static EventView of(InvestmentEvent e, Counts c) {
        return new EventView(
                e.id,
                e.name,
                e.kind,
                e.role,
                e.heldOn,
                e.place,
                e.organiser,
                e.participants,
                e.unit.id,
                e.unit.name,
                c.projects(),
                c.credited(),
                c.investmentCredited(),
                e.version);
    }

    @Schema(name = "EventCounts")
    public record Counts(long projects, long credited, BigDecimal investmentCredited) {
        public static final Counts NONE = new Counts(0, 0, BigDecimal.ZERO);
    }
}
