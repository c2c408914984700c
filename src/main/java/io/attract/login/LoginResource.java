package io.attract.login;

import io.attract.common.audit.SecurityAudit;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The browser's way in: {@code /login} is guarded by the OIDC code flow (see application.properties), so reaching
 * it means the session exists; both it and the provider's callback send the user back to the app.
 */
@Path("/login")
@Authenticated
public class LoginResource {

    @GET
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    @Inject
    SecurityAudit audit;

    @GET
    @Path("callback")
    public Response callback() {
        audit.login();
        return Response.seeOther(URI.create("/")).build();
    }
}
