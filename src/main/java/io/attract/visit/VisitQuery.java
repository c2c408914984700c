package io.attract.visit;

import io.attract.common.persistence.SortParam;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Map;

/** The visit list's filters and order as the API takes them, read once for the list and the export. */
public class VisitQuery {

    private static final Map<String, String> SORTS = Map.of("visitedOn", "v.visitedOn", "followUpOn", "v.followUpOn");

    @QueryParam("q")
    public String q;

    @QueryParam("enterpriseId")
    public Long enterpriseId;

    @QueryParam("kind")
    public VisitKind kind;

    @QueryParam("intent")
    public VisitIntent intent;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("tripId")
    public Long tripId;

    @QueryParam("eventId")
    public Long eventId;

    @QueryParam("projectId")
    public Long projectId;

    @QueryParam("unitId")
    public Long unitId;

    /** The caller's: recorded by them or with them among ours. */
    @QueryParam("mine")
    public boolean mine;

    @QueryParam("followUpOpen")
    public boolean followUpOpen;

    @QueryParam("sort")
    @DefaultValue("-visitedOn")
    public String sort;

    /** {@code me}: the caller's login. */
    public VisitFilter filter(String me) {
        return new VisitFilter(
                q,
                enterpriseId,
                kind,
                intent,
                from,
                to,
                tripId,
                eventId,
                projectId,
                unitId,
                mine ? me : null,
                followUpOpen,
                null);
    }

    public Sort sort() {
        return SortParam.parse(sort, SORTS, "v.id");
    }
}
