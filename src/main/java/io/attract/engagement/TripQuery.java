package io.attract.engagement;

import io.attract.common.persistence.SortParam;
import io.attract.trip.TripService;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** The trip list's filters and order as the API takes them, read once for the list and the export. */
public class TripQuery extends DatedListQuery {

    private static final Map<String, String> SORTS = Map.of("startDate", "t.startDate", "title", "t.title");

    @QueryParam("leaderLed")
    public Boolean leaderLed;

    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("sort")
    @DefaultValue("-startDate")
    public String sort;

    public TripService.Filter filter() {
        return new TripService.Filter(q, year, leaderLed, unitId, from, to);
    }

    public Sort sort() {
        return SortParam.parse(sort, SORTS, "t.id");
    }
}
