package io.attract.settings;

import io.attract.common.persistence.IfMatch;
import io.attract.common.security.Roles;
import io.attract.user.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The district's settings: whether 审核 is required (docs/api-confirmation.md). */
@Path("/api/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    DistrictSettings settings;

    @Inject
    CurrentUser user;

    public record ConfirmationRequest(@NotNull Boolean required) {}

    @GET
    @Path("confirmation")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = DistrictSettings.ConfirmationSetting.class, responseCode = "200")
    public Response confirmation() {
        DistrictSettings.ConfirmationSetting s = settings.confirmation();
        return IfMatch.ok(s, s.version());
    }

    @PUT
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DistrictSettings.ConfirmationSetting.class, responseCode = "200")
    public Response setConfirmation(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConfirmationRequest request) {
        DistrictSettings.ConfirmationSetting s = settings.setConfirmation(request.required(), ifMatch, user.username());
        return IfMatch.ok(s, s.version());
    }
}
