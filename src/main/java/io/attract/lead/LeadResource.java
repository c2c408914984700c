package io.attract.lead;

import io.attract.common.excel.ListExport;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.rest.RecordCreates;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.user.PeopleNames;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    @Inject
    ListExport export;

    @Inject
    PeopleNames people;

    @Inject
    RecordCreates creates;

    @Inject
    LeadService service;

    @Inject
    LeadConversion conversion;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<LeadListItem> list(
            @BeanParam LeadQuery query,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(query.filter(), query.sort(), page, size);
    }

    @GET
    @Path("clock-rules")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = ClockRuleView.class, responseCode = "200")
    public Response rules() {
        ClockRuleView rules = service.rules();
        return IfMatch.ok(rules, rules.version());
    }

    @PUT
    @Path("clock-rules")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ClockRuleView.class, responseCode = "200")
    public Response updateRules(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ClockRuleView request) {
        ClockRuleView rules = service.updateRules(ifMatch, request);
        return IfMatch.ok(rules, rules.version());
    }

    /** The filtered list as .xlsx, in the list's order. */
    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(ListExport.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response export(@BeanParam LeadQuery query) {
        LeadFilter filter = query.filter();
        Sort sort = query.sort();
        return export.answer(
                "线索清单",
                LeadSheet.columns(people.now()),
                (page, size) -> service.list(filter, sort, page, size).items());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = LeadView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return RecordAnswers.ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = LeadView.class, responseCode = "201")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull LeadRequest request) {
        return creates.once(idempotencyKey, "/api/leads", () -> service.create(request), service::get);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = LeadView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LeadRequest request) {
        return RecordAnswers.ok(service.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = LeadView.class, responseCode = "200")
    public Response step(@PathParam("id") long id, @Valid @NotNull StepRequest request) {
        return RecordAnswers.ok(service.step(id, request));
    }

    @POST
    @Path("{id}/convert")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = LeadConversion.Converted.class, responseCode = "201")
    public Response convert(@PathParam("id") long id, @Valid @NotNull ConvertRequest request) {
        LeadConversion.Converted converted = conversion.convert(id, request);
        return Response.created(URI.create("/api/projects/" + converted.projectId()))
                .entity(converted)
                .build();
    }

    @POST
    @Path("{id}/drop")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = LeadView.class, responseCode = "200")
    public Response drop(@PathParam("id") long id, @Valid @NotNull DropRequest request) {
        return RecordAnswers.ok(service.drop(id, request));
    }
}
