package io.attract.visit;

import java.time.LocalDate;

/** The visit list's filters; null means "any". {@code participant} finds visits a user took part in or recorded. */
public record VisitFilter(
        String q,
        Long enterpriseId,
        VisitKind kind,
        VisitIntent intent,
        LocalDate from,
        LocalDate to,
        Long tripId,
        Long eventId,
        Long projectId,
        Long unitId,
        String participant,
        boolean followUpOpen,
        LocalDate followUpBy) {

    public static VisitFilter byTrip(long tripId) {
        return new VisitFilter(null, null, null, null, null, null, tripId, null, null, null, null, false, null);
    }

    public static VisitFilter byEvent(long eventId) {
        return new VisitFilter(null, null, null, null, null, null, null, eventId, null, null, null, false, null);
    }

    public static VisitFilter between(String participant, LocalDate from, LocalDate to) {
        return new VisitFilter(null, null, null, null, from, to, null, null, null, null, participant, false, null);
    }

    /** Open follow-ups due by {@code by} (earlier ones are overdue). */
    public static VisitFilter followUpsDue(String participant, Long unitId, LocalDate by) {
        return new VisitFilter(null, null, null, null, null, null, null, null, null, unitId, participant, true, by);
    }
}
