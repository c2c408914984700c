package io.attract.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is acting and from where: the logged-in user in a request; "system" for the application's own work (start-up,
 * schedules, and a request context without a signed-in user, which only the application itself opens).
 */
@ApplicationScoped
public class AuditActor {

    public static final String SYSTEM = "system";

    public record Actor(String username, String remoteAddress) {}

    public Actor current() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return new Actor(SYSTEM, null);
        }
        SecurityIdentity identity =
                Arc.container().instance(SecurityIdentity.class).get();
        String username = identity == null || identity.isAnonymous()
                ? SYSTEM
                : identity.getPrincipal().getName();
        return new Actor(username, remoteAddress());
    }

    private static String remoteAddress() {
        CurrentVertxRequest request =
                Arc.container().instance(CurrentVertxRequest.class).get();
        if (request == null || request.getCurrent() == null) {
            return null;
        }
        SocketAddress address = request.getCurrent().request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
