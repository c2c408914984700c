package io.attract.lead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LeadListItem(
        long id,
        String title,
        LeadSource source,
        @Schema(nullable = true) String sourceDetail,
        LocalDate receivedOn,
        String receivedBy,
        @Schema(nullable = true) Long enterpriseId,
        @Schema(nullable = true) String enterpriseName,
        @Schema(nullable = true) Long industryId,
        @Schema(nullable = true) String industryName,
        @Schema(nullable = true) BigDecimal estimatedInvestment,
        LeadStatus status,
        boolean overdue,
        List<LeadClocks.Clock> clocks,
        @Schema(nullable = true) NextDue nextDue,
        @Schema(nullable = true) Long projectId,
        @Schema(nullable = true) String projectName,
        Long unitId,
        String unitName,
        long version) {

    public record NextDue(LeadClocks.Kind kind, LocalDate dueOn) {}

    public static LeadListItem of(Lead l, LocalDate today) {
        List<LeadClocks.Clock> clocks = LeadClocks.clocks(l, today);
        NextDue next = l.nextDueOn == null
                ? null
                : clocks.stream()
                        .filter(c -> c.doneOn() == null && l.nextDueOn.equals(c.dueOn()))
                        .findFirst()
                        .map(c -> new NextDue(c.kind(), c.dueOn()))
                        .orElse(null);
        return new LeadListItem(
                l.id,
                l.title,
                l.source,
                l.sourceDetail,
                l.receivedOn,
                l.receivedBy,
                l.enterprise == null ? null : l.enterprise.id,
                l.enterprise == null ? null : l.enterprise.name,
                l.industry == null ? null : l.industry.id,
                l.industry == null ? null : l.industry.name,
                l.estimatedInvestment,
                l.status,
                LeadClocks.overdue(l, today),
                clocks,
                next,
                l.project == null ? null : l.project.id,
                l.project == null ? null : l.project.name,
                l.unit.id,
                l.unit.name,
                l.version);
    }
}
