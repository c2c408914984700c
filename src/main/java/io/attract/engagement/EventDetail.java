package io.attract.engagement;

import io.attract.common.rest.RecordView;
import io.attract.event.EventKind;
import io.attract.event.EventProject;
import io.attract.event.EventRole;
import io.attract.event.EventView;
import io.attract.event.InvestmentEvent;
import io.attract.lead.LeadListItem;
import io.attract.visit.VisitView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event with the projects signed at it (credit rule applied), and the visits and leads that came of it. */
public record EventDetail(
        long id,
        String name,
        EventKind kind,
        EventRole role,
        LocalDate heldOn,
        @Schema(nullable = true) String place,
        @Schema(nullable = true) String organiser,
        @Schema(nullable = true) String participants,
        @Schema(nullable = true) String summary,
        Long unitId,
        String unitName,
        long projectCount,
        long creditedProjectCount,
        @Schema(nullable = true) BigDecimal totalInvestmentCredited,
        boolean canEdit,
        List<EventProject> projects,
        List<VisitView> visits,
        List<LeadListItem> leads,
        long version)
        implements RecordView {

    static EventDetail of(
            InvestmentEvent e, EventView v, boolean canEdit, List<EventProject> projects, CameOfIt.Records cameOfIt) {
        return new EventDetail(
                e.id,
                e.name,
                e.kind,
                e.role,
                e.heldOn,
                e.place,
                e.organiser,
                e.participants,
                e.summary,
                v.unitId(),
                v.unitName(),
                v.projectCount(),
                v.creditedProjectCount(),
                v.totalInvestmentCredited(),
                canEdit,
                projects,
                cameOfIt.visits(),
                cameOfIt.leads(),
                e.version);
    }
}
