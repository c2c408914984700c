package io.attract.industry;

import io.attract.common.audit.AuditEventView;
import io.attract.common.audit.AuditTrail;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/industries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndustryResource {

    public record RetireRequest(LocalDate retiredOn) {}

    @Inject
    IndustryService service;

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<IndustryView> list(@QueryParam("includeRetired") boolean includeRetired) {
        return PageView.all(service.list(includeRetired));
    }

    /** GB/T 4754-2017: sections and divisions with their names, for showing a code with its name. */
    @GET
    @Path("gbt4754")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response gbt4754() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86_400);
        return Response.ok(IndustryCodes.list()).cacheControl(cache).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = IndustryView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return withEtag(service.get(id));
    }

    /** Who added, renamed or retired the industry, and when: read from the audit trail. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<AuditEventView> history(@PathParam("id") long id) {
        service.get(id);
        return audit.forRecord("Industry", id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = IndustryView.class, responseCode = "201")
    public Response create(@Valid @NotNull IndustryRequest request) {
        IndustryView industry = service.create(request);
        return RecordAnswers.created("/api/industries", industry.id(), industry);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = IndustryView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndustryRequest request) {
        return withEtag(service.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = IndustryView.class, responseCode = "200")
    public Response retire(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RetireRequest request) {
        return withEtag(service.retire(id, ifMatch, request == null ? null : request.retiredOn()));
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = IndustryView.class, responseCode = "200")
    public Response restore(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.restore(id, ifMatch));
    }

    private static Response withEtag(IndustryView view) {
        return IfMatch.ok(view, view.version());
    }
}
