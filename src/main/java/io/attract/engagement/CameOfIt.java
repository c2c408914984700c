package io.attract.engagement;

import io.attract.lead.LeadFilter;
import io.attract.lead.LeadListItem;
import io.attract.lead.LeadService;
import io.attract.visit.VisitFilter;
import io.attract.visit.VisitService;
import io.attract.visit.VisitView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What came of a trip or an event, as both pages list it: the visits made and the leads received, newest first,
 * each within the reader's unit rule. Lives above visit and lead so that trip and event know neither (ADR 0018).
 */
@ApplicationScoped
public class CameOfIt {

    /** A page lists at most this many of each. */
    static final int MAX = 200;

    private static final Sort VISITS = Sort.descending("v.visitedOn").and("v.id");
    private static final Sort LEADS = Sort.descending("l.receivedOn").and("l.id");

    /** The visits and the leads of one trip or event. */
    public record Records(List<VisitView> visits, List<LeadListItem> leads) {}

    @Inject
    VisitService visits;

    @Inject
    LeadService leads;

    public Records ofTrip(long tripId) {
        return of(VisitFilter.byTrip(tripId), LeadFilter.byTrip(tripId));
    }

    public Records ofEvent(long eventId) {
        return of(VisitFilter.byEvent(eventId), LeadFilter.byEvent(eventId));
    }

    private Records of(VisitFilter visitFilter, LeadFilter leadFilter) {
        return new Records(
                visits.list(visitFilter, VISITS, 0, MAX).items(),
                leads.list(leadFilter, LEADS, 0, MAX).items());
    }
}
