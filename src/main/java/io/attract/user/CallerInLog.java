package io.attract.user;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

/**
 * Adds the caller's login and unit code (the token's claim, no lookup) to the request's log context that
 * {@code common/web/RequestLogContext} opened, as soon as the caller is authenticated: before the permission check,
 * so a refused request names who was refused.
 */
@ApplicationScoped
public class CallerInLog {

    void authenticated(@Observes AuthenticationSuccessEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        MDC.put("user", identity.getPrincipal().getName());
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(CurrentUser.UNIT_CLAIM) != null) {
            MDC.put("unit", jwt.getClaim(CurrentUser.UNIT_CLAIM).toString().replace("\"", ""));
        }
    }
}
