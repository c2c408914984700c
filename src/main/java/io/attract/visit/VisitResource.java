package io.attract.visit;

import io.attract.common.audit.SecurityAudit;
import io.attract.common.excel.ListExport;
import io.attract.common.persistence.PageView;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.user.PeopleNames;
import io.attract.user.UnitScope;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    ListExport export;

    @Inject
    PeopleNames people;

    @Inject
    SecurityAudit audit;

    @Inject
    VisitService service;

    @Inject
    UnitScope scope;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<VisitView> list(
            @BeanParam VisitQuery query,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(query.filter(scope.username()), query.sort(), page, size);
    }

    /** The filtered list as .xlsx, in the list's order; its contacts' names make it personal data (audited). */
    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response export(@BeanParam VisitQuery query, @Context UriInfo uri) {
        VisitFilter filter = query.filter(scope.username());
        Sort sort = query.sort();
        audit.exported(uri.getPath(), uri.getRequestUri().getRawQuery());
        return export.answer(
                "走访记录",
                VisitSheet.columns(people.now()),
                (page, size) -> service.list(filter, sort, page, size).items());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = VisitView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return RecordAnswers.ok(service.get(id));
    }

    /** With {@code Idempotency-Key}, a retry of the same create answers 200 with the visit the first try made. */
    @POST
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = VisitView.class, responseCode = "201")
    public Response create(
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull VisitRequest request) {
        VisitService.Created created = service.create(request, idempotencyKey);
        return RecordAnswers.created(created.replayed(), "/api/visits", created.visit());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = VisitView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VisitRequest request) {
        return RecordAnswers.ok(service.update(id, ifMatch, request));
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

    @POST
    @Path("{id}/follow-up-done")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = VisitView.class, responseCode = "200")
    public Response followUpDone(@PathParam("id") long id) {
        return RecordAnswers.ok(service.followUpDone(id));
    }
}
