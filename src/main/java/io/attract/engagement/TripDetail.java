package io.attract.engagement;

import io.attract.common.rest.RecordView;
import io.attract.lead.LeadListItem;
import io.attract.trip.LinkedProject;
import io.attract.trip.Trip;
import io.attract.trip.TripView;
import io.attract.visit.VisitView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trip with what came of it: the firms met (visits), the leads and the projects it brought. */
public record TripDetail(
        long id,
        String title,
        @Schema(nullable = true) String leaderName,
        boolean leaderLed,
        List<String> delegation,
        List<String> cities,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(nullable = true) String purpose,
        @Schema(nullable = true) String outcome,
        Long unitId,
        String unitName,
        long visitCount,
        long leadCount,
        long projectCount,
        boolean canEdit,
        List<VisitView> visits,
        List<LeadListItem> leads,
        List<LinkedProject> projects,
        long version)
        implements RecordView {

    static TripDetail of(Trip t, TripView v, boolean canEdit, CameOfIt.Records cameOfIt, List<LinkedProject> projects) {
        return new TripDetail(
                t.id,
                t.title,
                t.leaderName,
                t.leaderLed(),
                v.delegation(),
                v.cities(),
                t.startDate,
                t.endDate,
                t.purpose,
                t.outcome,
                v.unitId(),
                v.unitName(),
                v.visitCount(),
                v.leadCount(),
                v.projectCount(),
                canEdit,
                cameOfIt.visits(),
                cameOfIt.leads(),
                projects,
                t.version);
    }
}
