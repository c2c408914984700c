package io.attract.project;

import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.IfMatch;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** What hangs off a project: funds in place, the work log, and the admin's stall rules. */
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectRecordsResource {

    @Inject
    IdempotentCreates creates;

    @Inject
    ProjectFunds funds;

    @Inject
    ProjectWorklog worklog;

    @Inject
    StallRules stallRules;

    @GET
    @Path("{id}/funds")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public ProjectFunds.Funds funds(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return funds.list(id, asOf);
    }

    @POST
    @Path("{id}/funds")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = FundView.class, responseCode = "201")
    public Response addFund(
            @PathParam("id") long id,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull FundRequest request) {
        return add(
                idempotencyKey,
                id,
                "funds",
                () -> funds.add(id, request),
                FundView::id,
                fundId -> funds.find(id, fundId));
    }

    @DELETE
    @Path("{id}/funds/{fundId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response deleteFund(
            @PathParam("id") long id,
            @PathParam("fundId") long fundId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        funds.delete(id, fundId, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/worklog")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<WorklogView> worklog(@PathParam("id") long id) {
        return worklog.list(id);
    }

    @POST
    @Path("{id}/worklog")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = WorklogView.class, responseCode = "201")
    public Response addWorklog(
            @PathParam("id") long id,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull WorklogRequest request) {
        return add(
                idempotencyKey,
                id,
                "worklog",
                () -> worklog.add(id, request),
                WorklogView::id,
                entryId -> worklog.find(id, entryId));
    }

    /** Adds a record under the project's {@code records} once per Idempotency-Key: 201 at its address, or 200 again. */
    private <T> Response add(
            String idempotencyKey,
            long projectId,
            String records,
            Supplier<T> add,
            ToLongFunction<T> recordId,
            LongFunction<T> find) {
        String path = "/api/projects/" + projectId + "/" + records;
        IdempotentCreates.Created<T> created = creates.once(idempotencyKey, "POST " + path, add, recordId, find);
        return RecordAnswers.created(created.replayed(), path, recordId.applyAsLong(created.value()))
                .entity(created.value())
                .build();
    }

    public record ResolveRequest(
            @NotBlank(message = "请填写办结情况") @Size(max = 1000, message = "办结情况不能超过 1000 个字")
            String resolution) {}

    @POST
    @Path("{id}/worklog/{entryId}/resolve")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER})
    public WorklogView resolve(
            @PathParam("id") long id, @PathParam("entryId") long entryId, @Valid @NotNull ResolveRequest request) {
        return worklog.resolve(id, entryId, request.resolution());
    }

    @GET
    @Path("coordination")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<ProjectWorklog.OpenRequest> openCoordination(@QueryParam("unitId") Long unitId) {
        return worklog.openCoordination(ProjectWorklog.OpenRequests.ofUnit(unitId));
    }

    public record StallRuleView(
            long id, ProjectStage stage, StallRuleKind kind, int days, boolean enabled, long version) {
        static StallRuleView of(StallRule r) {
            return new StallRuleView(r.id, r.stage, r.kind, r.days, r.enabled, r.version);
        }
    }

    public record StallRuleRequest(
            @Min(value = 1, message = "天数至少为 1") @Max(value = 3650, message = "天数不能超过 3650") @Schema(required = true)
            int days,

            @Schema(required = true) boolean enabled) {}

    @GET
    @Path("stall-rules")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<StallRuleView> stallRules() {
        return stallRules.all().stream().map(StallRuleView::of).toList();
    }

    @PUT
    @Path("stall-rules/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = StallRuleView.class, responseCode = "200")
    public Response updateStallRule(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StallRuleRequest request) {
        StallRuleView rule = StallRuleView.of(stallRules.update(id, ifMatch, request.days(), request.enabled()));
        return IfMatch.ok(rule, rule.version());
    }
}
