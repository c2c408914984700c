package io.attract.space;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** 空间布局: /api/zones, /api/parks, /api/sites (carriers). Everyone reads; admins keep them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpaceResource {

    @Inject
    SpaceService service;

    @GET
    @Path("zones")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<ZoneView> zones() {
        return PageView.all(service.listZones());
    }

    @POST
    @Path("zones")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ZoneView.class, responseCode = "201")
    public Response createZone(@Valid @NotNull ZoneRequest request) {
        ZoneView zone = service.saveZone(null, null, request);
        return RecordAnswers.created("/api/zones", zone.id(), zone);
    }

    @PUT
    @Path("zones/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ZoneView.class, responseCode = "200")
    public Response updateZone(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ZoneRequest request) {
        ZoneView zone = service.saveZone(id, ifMatch, request);
        return IfMatch.ok(zone, zone.version());
    }

    @GET
    @Path("parks")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<ParkView> parks() {
        return PageView.all(service.listParks());
    }

    @POST
    @Path("parks")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ParkView.class, responseCode = "201")
    public Response createPark(@Valid @NotNull ParkRequest request) {
        ParkView park = service.savePark(null, null, request);
        return RecordAnswers.created("/api/parks", park.id(), park);
    }

    @PUT
    @Path("parks/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ParkView.class, responseCode = "200")
    public Response updatePark(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ParkRequest request) {
        ParkView park = service.savePark(id, ifMatch, request);
        return IfMatch.ok(park, park.version());
    }

    @GET
    @Path("sites")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<SiteView> sites(
            @QueryParam("parkId") Long parkId,
            @QueryParam("industryId") Long industryId,
            @QueryParam("minFreeArea") BigDecimal minFreeArea) {
        return PageView.all(service.searchSites(parkId, industryId, minFreeArea));
    }

    @POST
    @Path("sites")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SiteView.class, responseCode = "201")
    public Response createSite(@Valid @NotNull SiteRequest request) {
        SiteView site = service.saveSite(null, null, request);
        return RecordAnswers.created("/api/sites", site.id(), site);
    }

    @PUT
    @Path("sites/{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SiteView.class, responseCode = "200")
    public Response updateSite(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SiteRequest request) {
        SiteView site = service.saveSite(id, ifMatch, request);
        return IfMatch.ok(site, site.version());
    }
}
