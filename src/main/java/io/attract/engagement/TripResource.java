package io.attract.engagement;

import io.attract.common.excel.ListExport;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.trip.Trip;
import io.attract.trip.TripRequest;
import io.attract.trip.TripService;
import io.attract.trip.TripView;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

/**
 * 外出招商 over REST: the trips, each answered with what came of it ({@link CameOfIt}). Here rather than in
 * {@code trip} because visits and leads name their trip: the page that lists them sits above all three (ADR 0018).
 */
@Path("/api/trips")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TripResource extends EngagementResource<Trip, TripRequest> {

    @Inject
    TripService service;

    public TripResource() {
        super("/api/trips");
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<TripView> list(
            @BeanParam TripQuery query,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(query.filter(), query.sort(), page, size);
    }

    /** The filtered list as .xlsx, in the list's order. */
    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response export(@BeanParam TripQuery query) {
        var filter = query.filter();
        Sort sort = query.sort();
        return export.answer(
                "外出招商",
                EngagementSheets.TRIPS,
                (page, size) -> service.list(filter, sort, page, size).items());
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = TripDetail.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return found(id);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = TripDetail.class, responseCode = "201")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull TripRequest request) {
        return created(idempotencyKey, request);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = TripDetail.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TripRequest request) {
        return updated(id, ifMatch, request);
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @Override
    TripService service() {
        return service;
    }

    @Override
    TripDetail detail(Trip trip) {
        return TripDetail.of(
                trip, service.view(trip), service.canEdit(trip), cameOfIt.ofTrip(trip.id), service.projects(trip.id));
    }
}
