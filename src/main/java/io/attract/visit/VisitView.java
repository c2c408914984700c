package io.attract.visit;

import io.attract.common.rest.RecordView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit as lists and the detail page show it. */
public record VisitView(
        long id,
        LocalDate visitedOn,
        VisitKind kind,
        Long enterpriseId,
        String enterpriseName,
        String summary,
        VisitIntent intent,
        @Schema(nullable = true) String nextStep,
        @Schema(nullable = true) LocalDate followUpOn,
        boolean followUpDone,
        List<Ours> ourParticipants,
        List<Theirs> theirParticipants,
        @Schema(nullable = true) Long tripId,
        @Schema(nullable = true) String tripTitle,
        @Schema(nullable = true) Long eventId,
        @Schema(nullable = true) String eventName,
        @Schema(nullable = true) Long projectId,
        @Schema(nullable = true) String projectName,
        @Schema(nullable = true) Long leadId,
        @Schema(nullable = true) String leadTitle,
        Long unitId,
        String unitName,
        String recordedBy,
        Instant recordedAt,
        boolean canEdit,
        long version)
        implements RecordView {

    @Schema(name = "OurAttendee")
    public record Ours(@Schema(nullable = true) String username, String name) {}

    @Schema(name = "TheirAttendee")
    public record Theirs(
            @Schema(nullable = true) Long contactId,
            String name,
            @Schema(nullable = true) String title) {}

    public static VisitView of(Visit v, boolean canEdit) {
        return new VisitView(
                v.id,
                v.visitedOn,
                v.kind,
                v.enterprise.id,
                v.enterprise.name,
                v.summary,
                v.intent,
                v.nextStep,
                v.followUpOn,
                v.followUpDone,
                v.participants.stream()
                        .filter(p -> p.ours)
                        .map(p -> new Ours(p.username, p.name))
                        .toList(),
                v.participants.stream()
                        .filter(p -> !p.ours)
                        .map(p -> new Theirs(p.contactId, p.name, p.title))
                        .toList(),
                v.trip == null ? null : v.trip.id,
                v.trip == null ? null : v.trip.title,
                v.event == null ? null : v.event.id,
                v.event == null ? null : v.event.name,
                v.project == null ? null : v.project.id,
                v.project == null ? null : v.project.name,
                v.lead == null ? null : v.lead.id,
                v.lead == null ? null : v.lead.title,
                v.unit.id,
                v.unit.name,
                v.recordedBy,
                v.createdAt,
                canEdit,
                v.version);
    }
}
