package io.attract.region;

import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** {@code GET /api/regions}: the GB/T 2260 tree, provinces → prefectures → counties, with the list's year. */
@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    Regions regions;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = Regions.RegionTree.class, responseCode = "200")
    public Response tree() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86_400);
        return Response.ok(regions.tree()).cacheControl(cache).build();
    }
}
