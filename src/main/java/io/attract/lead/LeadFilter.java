package io.attract.lead;

import java.time.LocalDate;

/** The lead list's filters; null means "any". {@code dueFrom..dueTo} finds open leads with a clock due then. */
public record LeadFilter(
        String q,
        LeadStatus status,
        LeadSource source,
        boolean overdue,
        String receivedBy,
        Long unitId,
        Long tripId,
        Long eventId,
        Long enterpriseId,
        LocalDate from,
        LocalDate to,
        LocalDate dueFrom,
        LocalDate dueTo) {

    public static LeadFilter byTrip(long tripId) {
        return new LeadFilter(null, null, null, false, null, null, tripId, null, null, null, null, null, null);
    }

    public static LeadFilter byEvent(long eventId) {
        return new LeadFilter(null, null, null, false, null, null, null, eventId, null, null, null, null, null);
    }

    /** Overdue (the one definition: an open lead past its next due date), of a person and/or a unit; null: any. */
    public static LeadFilter overdueOf(String receivedBy, Long unitId) {
        return new LeadFilter(
                null, LeadStatus.OPEN, null, true, receivedBy, unitId, null, null, null, null, null, null, null);
    }

    public static LeadFilter dueBetween(String receivedBy, LocalDate from, LocalDate to) {
        return new LeadFilter(
                null, LeadStatus.OPEN, null, false, receivedBy, null, null, null, null, null, null, from, to);
    }
}
