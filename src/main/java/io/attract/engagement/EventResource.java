package io.attract.engagement;

import io.attract.common.excel.ListExport;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.event.EventRequest;
import io.attract.event.EventService;
import io.attract.event.EventView;
import io.attract.event.InvestmentEvent;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * 招商活动 over REST: the events and the projects signed at them, each answered with what came of it
 * ({@link CameOfIt}). Here rather than in {@code event}, which visits and leads name (ADR 0018).
 */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource extends EngagementResource<InvestmentEvent, EventRequest> {

    @Inject
    EventService service;

    public EventResource() {
        super("/api/events");
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<EventView> list(
            @BeanParam EventQuery query,
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
    public Response export(@BeanParam EventQuery query) {
        var filter = query.filter();
        Sort sort = query.sort();
        return export.answer(
                "招商活动",
                EngagementSheets.EVENTS,
                (page, size) -> service.list(filter, sort, page, size).items());
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = EventDetail.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return found(id);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EventDetail.class, responseCode = "201")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull EventRequest request) {
        return created(idempotencyKey, request);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EventDetail.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventRequest request) {
        return updated(id, ifMatch, request);
    }

    @Schema(name = "EventProjectRequest")
    public record LinkRequest(@NotNull(message = "请选择项目") Long projectId) {}

    @POST
    @Path("{id}/projects")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EventDetail.class, responseCode = "200")
    public Response addProject(@PathParam("id") long id, @Valid @NotNull LinkRequest request) {
        return answer(service.addProject(id, request.projectId()));
    }

    @DELETE
    @Path("{id}/projects/{projectId}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EventDetail.class, responseCode = "200")
    public Response removeProject(@PathParam("id") long id, @PathParam("projectId") long projectId) {
        return answer(service.removeProject(id, projectId));
    }

    @Override
    EventService service() {
        return service;
    }

    @Override
    EventDetail detail(InvestmentEvent event) {
        return EventDetail.of(
                event,
                service.view(event),
                service.canEdit(event),
                service.projects(event.id),
                cameOfIt.ofEvent(event.id));
    }
}
