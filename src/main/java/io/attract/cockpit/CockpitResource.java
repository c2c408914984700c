package io.attract.cockpit;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/cockpit")
@Produces(MediaType.APPLICATION_JSON)
public class CockpitResource {

    @Inject
    CockpitService service;

    @Inject
    CockpitScope scope;

    @Inject
    FigureDrills drills;

    /** The year of {@code asOf} (default the last complete month's end) up to that day, for the district or one unit. */
    @GET
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public CockpitView cockpit(@QueryParam("asOf") String asOf, @QueryParam("unitId") Long unitId) {
        return service.cockpit(asOf(asOf), scope.unit(unitId));
    }

    /**
     * The projects behind a figure ({@code new_projects}, {@code new_signed}, {@code funds}, {@code foreign_usd} …)
     * over a period of the as-of date, with the figure's own numbers; their count and total are the figure.
     */
    @GET
    @Path("figures/{figure}")
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public FigureDrill drill(
            @PathParam("figure") String figure,
            @QueryParam("asOf") String asOf,
            @QueryParam("period") @DefaultValue("YTD") FigureDrill.Period period,
            @QueryParam("unitId") Long unitId,
            @QueryParam("industryId") Long industryId,
            @QueryParam("zoneId") Long zoneId) {
        return drills.drill(figure, period, asOf(asOf), scope.unit(unitId), industryId, zoneId);
    }

    /** Parsed here rather than by JAX-RS, which would answer a malformed date with a bare 404. */
    public static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return BusinessDates.lastCompleteMonthEnd();
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= 2000 && day.getYear() <= 2100) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.invalid("asOf", "cockpit.bad_date", "统计日期应为 2000–2100 年间的日期，格式 YYYY-MM-DD。");
    }
}
