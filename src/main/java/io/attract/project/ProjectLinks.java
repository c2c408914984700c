package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.TupleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's links to engagement: the lead it was converted from, the outreach trip that brought it, the events
 * it was signed at. Read by SQL so the project package does not depend on the engagement packages.
 */
@ApplicationScoped
public class ProjectLinks {

    /** An event the project was signed at; only the earliest one is credited with it. */
    public record Event(long id, String name, LocalDate heldOn, boolean credited) {}

    @Inject
    EntityManager em;

    public String leadTitle(Long leadId) {
        return leadId == null ? null : title("select title from lead where id = :id", leadId);
    }

    public String tripTitle(Long tripId) {
        return tripId == null ? null : title("select title from trip where id = :id", tripId);
    }

    public List<Event> events(long projectId) {
        // Which event is credited comes from the view event_credit, the one place the first-event rule lives.
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select e.id, e.name, e.held_on as heldOn, coalesce(c.event_id = e.id, false) as credited
                from event_project ep join investment_event e on e.id = ep.event_id
                left join event_credit c on c.project_id = ep.project_id
                where ep.project_id = :p order by e.held_on, e.id""", Tuple.class)
                .setParameter("p", projectId)
                .getResultList();
        return TupleRecords.map(rows, Event.class);
    }

    Long requireLead(Long leadId) {
        if (leadId != null && leadTitle(leadId) == null) {
            throw ApiException.invalid("leadId", "project.lead_not_found", "找不到该线索。");
        }
        return leadId;
    }

    Long requireTrip(Long tripId) {
        if (tripId != null && tripTitle(tripId) == null) {
            throw ApiException.invalid("tripId", "project.trip_not_found", "找不到该外出招商记录。");
        }
        return tripId;
    }

    private String title(String sql, long id) {
        List<?> found = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }
}
