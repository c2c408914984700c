package io.attract.lead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record LeadListItem(
        long id,
        String title,
        LeadSource source,
        String sourceDetail,
        LocalDate receivedOn,
        String receivedBy,
        Long enterpriseId,
        String enterpriseName,
        Long industryId,
        String industryName,
        BigDecimal estimatedInvestment,
        LeadStatus status,
        boolean overdue,
        List<LeadClocks.Clock> clocks,
        NextDue nextDue,
        Long projectId,
        String projectName,
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
