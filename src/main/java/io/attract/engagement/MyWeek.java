package io.attract.engagement;

import io.attract.lead.LeadListItem;
import io.attract.visit.VisitView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer's (or a unit's) week: follow-ups due, leads overdue or due, visits made. */
public record MyWeek(
        LocalDate from,
        LocalDate to,
        @Schema(enumeration = {"mine", "unit"}) String scope,
        List<VisitView> followUps,
        List<LeadListItem> overdueLeads,
        List<LeadListItem> dueLeads,
        List<VisitView> visits) {

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
