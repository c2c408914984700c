package io.attract.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every log line written while a request is served carries its request id and the caller's address (MDC
 * {@code requestId}, {@code remote}; the user and unit are added once the caller is known). In production the log is
 * JSON, so an auditor can follow one request or one address (ADR 0030). The id comes from {@code X-Request-Id} when
 * a proxy set a plain one, else it is new, and it is answered in the same header. Refused requests (401, 403, 429)
 * are logged as security events.
 */
@ApplicationScoped
public class RequestLogContext {

    public static final String HEADER = "X-Request-Id";
    private static final Logger SECURITY = Logger.getLogger("io.attract.security");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** Before authentication and every route, so even a refused request has its id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::enter, PRIORITY);
    }

    void enter(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && PLAIN_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        MDC.put("requestId", id);
        MDC.put(
                "remote",
                rc.request().remoteAddress() == null
                        ? ""
                        : rc.request().remoteAddress().hostAddress());
        MDC.remove("user");
        MDC.remove("unit");
        rc.response().putHeader(HEADER, id);
        rc.addHeadersEndHandler(done -> {
            int status = rc.response().getStatusCode();
            if (status == 401 || status == 403 || status == 429) {
                SECURITY.infof(
                        "refused %s %s: %d", rc.request().method(), rc.request().path(), status);
            }
        });
        rc.next();
    }
}
