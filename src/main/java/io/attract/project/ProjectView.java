package io.attract.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/** A project as its page shows it: its fields (at the top level of the JSON), investors, milestones, events. */
public record ProjectView(
        @JsonUnwrapped ProjectRecord project,
        List<Investor> investors,
        List<Long> investorEnterpriseIds,
        Milestones milestones,
        List<ProjectLinks.Event> events,
        Stalled stalled,
        boolean canEdit,
        boolean canConfirm) {

    public long id() {
        return project.id();
    }

    public String name() {
        return project.name();
    }

    public long version() {
        return project.version();
    }

    public record Investor(long id, String name, String creditCode, String regionCode, String countryCode) {}

    /** The first business date of each funnel stage as recorded (live changes, confirmed or not). */
    public record Milestones(
            LocalDate negotiatingOn,
            LocalDate signedOn,
            LocalDate registeredOn,
            LocalDate constructionOn,
            LocalDate operatingOn) {}
}
