package io.attract.trip;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trip as the list shows it, with how much came of it. */
public record TripView(
        long id,
        String title,
        @Schema(nullable = true) String leaderName,
        boolean leaderLed,
        List<String> delegation,
        List<String> cities,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(nullable = true) String purpose,
        Long unitId,
        String unitName,
        long visitCount,
        long leadCount,
        long projectCount,
        long version) {

    public static TripView of(Trip t, Counts counts) {
        return new TripView(
                t.id,
                t.title,
                t.leaderName,
                t.leaderLed(),
                List.of(t.delegation),
                List.of(t.cities),
                t.startDate,
                t.endDate,
                t.purpose,
                t.unit.id,
                t.unit.name,
                counts.visits(),
                counts.leads(),
                counts.projects(),
                t.version);
    }

    @Schema(name = "TripCounts")
    public record Counts(long visits, long leads, long projects) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }
}
