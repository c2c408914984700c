package io.attract.confirmation;

import io.attract.common.security.Roles;
import io.attract.confirmation.PendingChange.Kind;
import io.attract.user.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 审核: the unit head's inbox, confirming several at once, sending back with a reason (docs/api-confirmation.md). */
@Path("/api/confirmations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

    private static final Duration RETURNED_SHOWN_FOR = Duration.ofDays(30);

    @Inject
    PendingChanges changes;

    @Inject
    Confirmations confirmations;

    @Inject
    UnitScope scope;

    public record Inbox(int count, List<PendingChange> items) {}

    @Schema(name = "ChangeRef")
    public record Item(@NotNull Kind kind, @NotNull Long id) {}

    public record ConfirmRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items) {}

    public record Confirmed(int confirmed) {}

    public record ReturnRequest(@NotNull Kind kind, @NotNull Long id, String reason) {}

    @GET
    @Transactional
    @RolesAllowed({Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Inbox waiting() {
        List<PendingChange> items = changes.waiting(scope.readableUnitId());
        return new Inbox(items.size(), items);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_HEAD)
    public Confirmed confirm(@Valid @NotNull ConfirmRequest request) {
        return new Confirmed(confirmations.confirm(request.items()));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_HEAD)
    public PendingChange sendBack(@Valid @NotNull ReturnRequest request) {
        return confirmations.sendBack(request.kind(), request.id(), request.reason());
    }

    @GET
    @Path("returned")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    public Inbox returned() {
        List<PendingChange> items =
                changes.returnedTo(scope.username(), Instant.now().minus(RETURNED_SHOWN_FOR));
        return new Inbox(items.size(), items);
    }
}
