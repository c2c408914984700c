package io.attract.lead;

import io.attract.common.persistence.SortParam;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Map;

/** The lead list's filters and order as the API takes them, read once for the list and the export. */
public class LeadQuery {

    private static final Map<String, String> SORTS = Map.of("receivedOn", "l.receivedOn", "nextDueOn", "l.nextDueOn");

    @QueryParam("q")
    public String q;

    @QueryParam("status")
    public LeadStatus status;

    @QueryParam("source")
    public LeadSource source;

    @QueryParam("overdue")
    public boolean overdue;

    @QueryParam("receivedBy")
    public String receivedBy;

    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("tripId")
    public Long tripId;

    @QueryParam("eventId")
    public Long eventId;

    @QueryParam("enterpriseId")
    public Long enterpriseId;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("sort")
    @DefaultValue("-receivedOn")
    public String sort;

    public LeadFilter filter() {
        return new LeadFilter(
                q, status, source, overdue, receivedBy, unitId, tripId, eventId, enterpriseId, from, to, null, null);
    }

    public Sort sort() {
        return SortParam.parse(sort, SORTS, "l.id");
    }
}
