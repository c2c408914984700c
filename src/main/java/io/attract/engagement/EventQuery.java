package io.attract.engagement;

import io.attract.common.persistence.SortParam;
import io.attract.event.EventKind;
import io.attract.event.EventRole;
import io.attract.event.EventService;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** The event list's filters and order as the API takes them, read once for the list and the export. */
public class EventQuery extends DatedListQuery {

    private static final Map<String, String> SORTS = Map.of("heldOn", "e.heldOn", "name", "e.name");

    @QueryParam("kind")
    public EventKind kind;

    @QueryParam("role")
    public EventRole role;

    @QueryParam("sort")
    @DefaultValue("-heldOn")
    public String sort;

    public EventService.Filter filter() {
        return new EventService.Filter(q, year, kind, role, from, to);
    }

    public Sort sort() {
        return SortParam.parse(sort, SORTS, "e.id");
    }
}
