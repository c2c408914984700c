package io.attract.holiday;

import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** 节假日安排: the public holidays and 调休 working days the lead clocks' working-day rule counts with (ADR 0027). */
@Path("/api/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {

    @Inject
    HolidayService service;

    /** The days of one year listed in the calendar, by date. */
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<HolidayView> year(@QueryParam("year") @NotNull(message = "请指定年份") Integer year) {
        return PageView.all(service.year(year));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = HolidayView.class, responseCode = "201")
    public Response create(@Valid @NotNull HolidayRequest request) {
        HolidayView day = service.create(request);
        return RecordAnswers.withEtag(RecordAnswers.created("/api/holidays", day.id()), day, day.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = HolidayView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HolidayRequest request) {
        HolidayView day = service.update(id, ifMatch, request);
        return IfMatch.ok(day, day.version());
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "No Content")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
