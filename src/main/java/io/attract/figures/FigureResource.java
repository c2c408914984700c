package io.attract.figures;

import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.Cache;

/** {@code GET /api/figures}: the catalogue of figures (口径), for the ⓘ beside every figure the screens show. */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @Cache(isPrivate = true, maxAge = 3_600)
    public List<Figure> catalogue() {
        return FigureCatalogue.all();
    }
}
