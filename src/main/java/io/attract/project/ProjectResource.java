package io.attract.project;

import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.PageView;
import io.attract.common.persistence.SortParam;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.rest.RecordCreates;
import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    RecordCreates creates;

    @Inject
    ProjectService service;

    @Inject
    ProjectStages stages;

    @Inject
    CurrentUser me;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<ProjectListItem> list(
            @BeanParam ProjectQuery query,
            @QueryParam("sort") @DefaultValue("-updatedAt") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(query.filter(me.username()), sort(sort), page, size);
    }

    @GET
    @Path("board")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public ProjectService.Board board(@BeanParam ProjectQuery query) {
        return service.board(query.filter(me.username()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return RecordAnswers.ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = ProjectView.class, responseCode = "201")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull ProjectRequest request) {
        return creates.once(idempotencyKey, "/api/projects", () -> service.create(request), service::get);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectRequest request) {
        return RecordAnswers.ok(service.update(id, ifMatch, request));
    }

    @GET
    @Path("{id}/transitions")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<TransitionView> transitions(@PathParam("id") long id) {
        return stages.history(id);
    }

    /** Records a stage change; If-Match is optional here (checked when sent) so scripts can post bare events. */
    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = ProjectView.class, responseCode = "201")
    public Response transition(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        stages.transition(id, ifMatch, request);
        ProjectView project = service.get(id);
        return RecordAnswers.withEtag(
                Response.created(URI.create("/api/projects/" + id + "/transitions")), project, project.version());
    }

    @POST
    @Path("{id}/transitions/{transitionId}/confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.UNIT_HEAD)
    public TransitionView confirm(@PathParam("id") long id, @PathParam("transitionId") long transitionId) {
        return stages.confirm(id, transitionId);
    }

    @GET
    @Path("pending-confirmations")
    @RolesAllowed({Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<ProjectStages.PendingView> pending() {
        return stages.pending();
    }

    /** 我包挂的项目: how many projects the caller sponsors, how many of them are stalled and how many wait (审核). */
    @GET
    @Path("sponsored")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public ProjectService.Sponsored sponsored() {
        return service.sponsored();
    }

    static Sort sort(String sort) {
        return SortParam.parse(sort, ProjectRepository.SORTS);
    }
}
