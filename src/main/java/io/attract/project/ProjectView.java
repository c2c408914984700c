package io.attract.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.attract.common.rest.RecordView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as its page shows it: its fields (at the top level of the JSON), investors, milestones, events. */
public record ProjectView(
        @JsonUnwrapped ProjectRecord project,
        List<Investor> investors,
        List<Long> investorEnterpriseIds,
        Milestones milestones,
        List<ProjectLinks.Event> events,
        @Schema(nullable = true) Stalled stalled,
        boolean canEdit,
        boolean canConfirm)
        implements RecordView {

    public long id() {
        return project.id();
    }

    public String name() {
        return project.name();
    }

    public long version() {
        return project.version();
    }

    public record Investor(
            long id,
            String name,
            @Schema(nullable = true) String creditCode,
            @Schema(nullable = true) String regionCode,
            @Schema(nullable = true) String countryCode) {}

    /** The first business date of each funnel stage as recorded (live changes, confirmed or not). */
    public record Milestones(
            @Schema(nullable = true) LocalDate negotiatingOn,
            @Schema(nullable = true) LocalDate signedOn,
            @Schema(nullable = true) LocalDate registeredOn,
            @Schema(nullable = true) LocalDate constructionOn,
            @Schema(nullable = true) LocalDate operatingOn) {}
}
