package io.attract.lead;

import io.attract.common.rest.RecordView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One lead with its history: the list item's fields and what only the detail page shows. */
public record LeadView(
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
        @Schema(nullable = true) LeadListItem.NextDue nextDue,
        @Schema(nullable = true) Long projectId,
        @Schema(nullable = true) String projectName,
        Long unitId,
        String unitName,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String assessment,
        @Schema(nullable = true) AssessmentResult assessmentResult,
        @Schema(nullable = true) String outcomeNote,
        @Schema(nullable = true) Long tripId,
        @Schema(nullable = true) String tripTitle,
        @Schema(nullable = true) Long eventId,
        @Schema(nullable = true) String eventName,
        boolean canEdit,
        List<Step> history,
        long version)
        implements RecordView {

    public record Step(
            long id,
            LeadStepKind kind,
            LocalDate onDate,
            @Schema(nullable = true) String note,
            String recordedBy,
            Instant recordedAt) {}

    public static LeadView of(Lead l, LocalDate today, boolean canEdit, List<LeadStep> steps) {
        LeadListItem i = LeadListItem.of(l, today);
        return new LeadView(
                i.id(),
                i.title(),
                i.source(),
                i.sourceDetail(),
                i.receivedOn(),
                i.receivedBy(),
                i.enterpriseId(),
                i.enterpriseName(),
                i.industryId(),
                i.industryName(),
                i.estimatedInvestment(),
                i.status(),
                i.overdue(),
                i.clocks(),
                i.nextDue(),
                i.projectId(),
                i.projectName(),
                i.unitId(),
                i.unitName(),
                l.description,
                l.assessment,
                l.assessmentResult,
                l.outcomeNote,
                l.trip == null ? null : l.trip.id,
                l.trip == null ? null : l.trip.title,
                l.event == null ? null : l.event.id,
                l.event == null ? null : l.event.name,
                canEdit,
                steps.stream()
                        .map(s -> new Step(s.id, s.kind, s.onDate, s.note, s.recordedBy, s.recordedAt))
                        .toList(),
                l.version);
    }
}
