package io.attract.chain;

import io.attract.common.error.ApiException;
import io.attract.common.excel.CopyMark;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.user.CopyMarks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** 产业链图谱 (docs/api-chains.md): everyone reads; admins edit chains and graphs; officers and unit heads place firms. */
@Path("/api/chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChainResource {

    @Inject
    CopyMarks copyMarks;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ChainService service;

    @Inject
    ChainLinks links;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<ChainViews.ListItem> list(@QueryParam("industryId") Long industryId) {
        return service.list(industryId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = ChainViews.Detail.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return withEtag(Response.ok(), service.detail(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ChainViews.Detail.class, responseCode = "201")
    public Response create(@Valid @NotNull ChainRequest request) {
        ChainViews.Detail chain = service.create(request);
        return withEtag(RecordAnswers.created("/api/chains", chain.id()), chain);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ChainViews.Detail.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChainRequest request) {
        return withEtag(Response.ok(), service.update(id, ifMatch, request));
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

    /** Replaces the nodes and edges as a whole, in one transaction. */
    @PUT
    @Path("{id}/graph")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ChainViews.Detail.class, responseCode = "200")
    public Response replaceGraph(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GraphRequest graph) {
        if (graph == null) {
            throw new ApiException(422, "validation.failed", "请提交产业链图谱（环节和连线）。");
        }
        return withEtag(Response.ok(), service.replaceGraph(id, ifMatch, graph));
    }

    @GET
    @Path("{id}/nodes/{nodeId}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public ChainViews.NodeDetail node(@PathParam("id") long id, @PathParam("nodeId") long nodeId) {
        return links.node(id, nodeId);
    }

    /** 201 when the firm is placed on the node, 200 when it was there and its role or note changed. */
    @POST
    @Path("{id}/nodes/{nodeId}/enterprises")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.ADMIN})
    @APIResponseSchema(value = ChainViews.Link.class, responseCode = "201")
    public Response link(
            @PathParam("id") long id, @PathParam("nodeId") long nodeId, @Valid @NotNull LinkRequest request) {
        ChainLinks.Placed placed = links.link(id, nodeId, request);
        return Response.status(placed.created() ? 201 : 200)
                .entity(placed.link())
                .build();
    }

    @DELETE
    @Path("{id}/nodes/{nodeId}/enterprises/{enterpriseId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.ADMIN})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response unlink(
            @PathParam("id") long id, @PathParam("nodeId") long nodeId, @PathParam("enterpriseId") long enterpriseId) {
        links.unlink(id, nodeId, enterpriseId);
        return Response.noContent().build();
    }

    /** Where a firm sits on the chains (the firm's page shows it). */
    @GET
    @Path("links")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<ChainViews.Placement> placements(@QueryParam("enterpriseId") Long enterpriseId) {
        if (enterpriseId == null) {
            throw ApiException.invalid("enterpriseId", "request.invalid", "请指定企业（enterpriseId）。");
        }
        return links.placements(enterpriseId);
    }

    /** 缺口清单 (.xlsx): one row per node in chain order. */
    @GET
    @Path("{id}/gaps.xlsx")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces(XLSX)
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response gaps(@PathParam("id") long id) {
        ChainViews.Detail chain = service.detail(id);
        var targets = links.targetsByNode(
                chain.nodes().stream().map(ChainViews.Node::id).toList());
        CopyMark mark = copyMarks.now();
        StreamingOutput body = out -> ChainGapsWorkbook.write(chain, targets, mark, out);
        String file = URLEncoder.encode(chain.name() + "缺口清单.xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"chain-gaps.xlsx\"; filename*=UTF-8''" + file)
                .build();
    }

    private static Response withEtag(Response.ResponseBuilder builder, ChainViews.Detail chain) {
        return RecordAnswers.withEtag(builder, chain, chain.version());
    }
}
