package io.attract.me;

import io.attract.unit.UnitRef;
import io.attract.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeView(
            String username,
            String displayName,
            Set<String> roles,
            @Schema(nullable = true) UnitRef unit,

            @Schema(nullable = true, description = "where reminders are mailed; from the token")
            String email,

            boolean emailDigest) {}

    @Inject
    CurrentUser me;

    @GET
    @Authenticated
    @Transactional
    public MeView get() {
        return new MeView(
                me.username(),
                me.displayName(),
                me.roles(),
                me.unit().map(UnitRef::of).orElse(null),
                me.stored().email,
                me.stored().emailDigest);
    }
}
