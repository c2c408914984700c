package io.attract.unit;

import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<UnitView> list() {
        return PageView.all(service.list());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = UnitView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        UnitView unit = service.get(id);
        return IfMatch.ok(unit, unit.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = UnitView.class, responseCode = "201")
    public Response create(@Valid @NotNull UnitRequest request) {
        UnitView unit = service.create(request);
        return RecordAnswers.created("/api/units", unit.id(), unit);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = UnitView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UnitRequest request) {
        UnitView unit = service.update(id, ifMatch, request);
        return IfMatch.ok(unit, unit.version());
    }
}
