package io.attract.ranking;

import io.attract.common.error.ApiException;
import io.attract.common.excel.ListExport;
import io.attract.common.persistence.IfMatch;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.common.web.Throttled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * 考核: {@code /api/targets} (the year's grid of unit targets), {@code /api/ranking-rule} (how it is scored) and
 * {@code /api/ranking} (the published league table). Everyone reads; only admins write.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    ListExport export;

    @Inject
    TargetService targets;

    @Inject
    RankingService ranking;

    @GET
    @Path("targets")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = TargetGrid.class, responseCode = "200")
    public Response grid(@QueryParam("year") String year) {
        TargetGrid grid = targets.grid(year(year));
        return IfMatch.ok(grid, grid.version());
    }

    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = TargetGrid.class, responseCode = "200")
    public Response saveGrid(
            @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TargetGrid.Request request) {
        TargetGrid grid = targets.save(year(year), ifMatch, request);
        return IfMatch.ok(grid, grid.version());
    }

    @GET
    @Path("ranking-rule")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = RankingRuleView.class, responseCode = "200")
    public Response rule(@QueryParam("year") String year) {
        RankingRuleView rule = targets.rule(year(year));
        return IfMatch.ok(rule, rule.version());
    }

    @PUT
    @Path("ranking-rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RankingRuleView.class, responseCode = "200")
    public Response saveRule(
            @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RankingRuleView.Request request) {
        RankingRuleView rule = targets.saveRule(year(year), ifMatch, request);
        return IfMatch.ok(rule, rule.version());
    }

    /**
     * The league table as of {@code asOf}; without it, as of the last complete month's end (in the current year when
     * it has one, else today), 31 December in a past year and 1 January in a future one.
     */
    @GET
    @Path("ranking")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public RankingView ranking(@QueryParam("year") String year, @QueryParam("asOf") String asOf) {
        return ranking.ranking(asOf(year, asOf));
    }

    /** The league table as .xlsx, as of the same day the table on screen is. */
    @GET
    @Path("ranking/export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response export(@QueryParam("year") String year, @QueryParam("asOf") String asOf) {
        RankingView view = ranking(year, asOf);
        return export.answer("考核排名", RankingSheet.columns(view), (page, size) -> page == 0 ? view.units() : List.of());
    }

    static LocalDate asOf(String year, String asOf) {
        LocalDate today = BusinessDates.today();
        LocalDate monthEnd = BusinessDates.lastCompleteMonthEnd();
        if (asOf == null || asOf.isBlank()) {
            if (year == null || year.isBlank()) {
                return monthEnd;
            }
            int y = year(year);
            return y == today.getYear()
                    ? (monthEnd.getYear() == y ? monthEnd : today)
                    : y < today.getYear() ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("asOf", "ranking.bad_date", "统计日期应为 YYYY-MM-DD 格式的日期。");
        }
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            throw ApiException.invalid("asOf", "ranking.bad_date", "统计日期应在 2000–2100 年间。");
        }
        if (year != null && !year.isBlank() && year(year) != day.getYear()) {
            throw ApiException.invalid("asOf", "ranking.year_mismatch", "统计日期应在所选年度之内。");
        }
        return day;
    }

    static int year(String value) {
        if (value == null || value.isBlank()) {
            return BusinessDates.today().getYear();
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("year", "ranking.bad_year", "年度应为 2000–2100 之间的四位数字。");
    }
}
