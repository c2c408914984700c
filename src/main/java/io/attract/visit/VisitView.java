package io.attract.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit as lists and the detail page show it. */
public record VisitView(
        long id,
        LocalDate visitedOn,
        VisitKind kind,
        Long enterpriseId,
        String enterpriseName,
        String summary,
        VisitIntent intent,
        String nextStep,
        LocalDate followUpOn,
        boolean followUpDone,
        List<Ours> ourParticipants,
        List<Theirs> theirParticipants,
        Long tripId,
        String tripTitle,
        Long eventId,
        String eventName,
        Long projectId,
        String projectName,
        Long leadId,
        String leadTitle,
        Long unitId,
        String unitName,
        String recordedBy,
        Instant recordedAt,
        boolean canEdit,
        long version) {

    public record Ours(String username, String name) {}

    public record Theirs(Long contactId, String name, String title) {}

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
