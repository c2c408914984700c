package io.attract.reminder;

import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.user.CurrentUser;
import io.attract.user.UserService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Reminders outside the app: the units' group robots, the delivery log, the digest now, a user's own mail switch. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @Inject
    UnitWebhooks webhooks;

    @Inject
    DeliveryLog log;

    @Inject
    DailyDigest digest;

    @Inject
    UserService users;

    @Inject
    CurrentUser me;

    @GET
    @Path("reminders/webhooks")
    @RolesAllowed(Roles.ADMIN)
    public List<WebhookView> webhooks() {
        return webhooks.list();
    }

    @PUT
    @Path("reminders/webhooks/{unitId}")
    @RolesAllowed(Roles.ADMIN)
    public Response putWebhook(
            @PathParam("unitId") long unitId,
            @Valid @NotNull WebhookRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookView view = webhooks.put(unitId, request, ifMatch);
        return IfMatch.ok(view, view.version());
    }

    @DELETE
    @Path("reminders/webhooks/{unitId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "No Content")
    public Response deleteWebhook(@PathParam("unitId") long unitId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(unitId, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("reminders/deliveries")
    @RolesAllowed(Roles.ADMIN)
    public PageView<DeliveryView> deliveries(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return log.page(page, size);
    }

    /** 立即发送今日摘要: today's digest now; what was sent today already is not sent again. */
    @POST
    @Path("reminders/digest")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public DeliveryRun sendDigest() {
        return digest.send(BusinessDates.today());
    }

    public record EmailDigestRequest(@NotNull Boolean on) {}

    /** The caller's own switch for the daily digest by mail. */
    @PUT
    @Path("reminders/email-digest")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response emailDigest(@Valid @NotNull EmailDigestRequest request) {
        users.emailDigest(me.username(), request.on());
        return Response.noContent().build();
    }
}
