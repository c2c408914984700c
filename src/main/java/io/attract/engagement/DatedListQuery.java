package io.attract.engagement;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filters the trip and the event lists share: words to search for, and a year or a range of dates. */
public abstract class DatedListQuery {

    @QueryParam("q")
    public String q;

    @QueryParam("year")
    public Integer year;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;
}
