package io.attract.enterprise;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @Inject
    EnterpriseService service;

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN })
    public PageView<EnterpriseListItem> list(@QueryParam("q") String q, @QueryParam("tag") List<EnterpriseTagCode> tags,
            @QueryParam("industryId") Long industryId, @QueryParam("regionCode") String regionCode,
            @QueryParam("status") EnterpriseStatus status, @QueryParam("ownerUnitId") Long ownerUnitId,
            @QueryParam("sort") @DefaultValue("-createdAt") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(new EnterpriseFilter(q, tags, industryId, regionCode, status, ownerUnitId), sort(sort),
                page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN })
    public Response get(@PathParam("id") long id) {
        return withEtag(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD })
    public Response create(@Valid @NotNull EnterpriseRequest request) {
        EnterpriseView firm = service.create(request);
        return Response.created(URI.create("/api/enterprises/" + firm.id())).entity(firm).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD })
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EnterpriseRequest request) {
        return withEtag(service.update(id, ifMatch, request));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD })
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    static Sort sort(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String property = EnterpriseRepository.SORTS.get(key);
        if (property == null) {
            throw ApiException.invalid("sort", "request.bad_sort", "不支持按“" + key + "”排序，可用：name、createdAt、registeredCapital");
        }
        return (descending ? Sort.descending(property) : Sort.ascending(property)).and("id");
    }

    private static Response withEtag(EnterpriseView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }
}
