package io.attract.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Client-side routes (/projects/42, /admin/units …) load the front end: a GET for a path that is not the API,
 * a Quarkus endpoint, login/logout or a file (no dot in its last segment) is served as "/" (index.html).
 * Quinoa's own SPA routing does not see these paths in prod because REST sits at the root.
 */
@ApplicationScoped
public class SpaRoutes {

    /** Server paths, and in dev mode the Vite dev server's own (/@vite/client, /@react-refresh, /src/…). */
    private static final List<String> SERVER_PREFIXES =
            List.of("/api", "/q", "/login", "/logout", "/src", "/node_modules");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String path = ctx.normalizedPath();
            if ((ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                    && isClientRoute(path)) {
                ctx.reroute("/");
            } else {
                ctx.next();
            }
        });
    }

    static boolean isClientRoute(String path) {
        if (path.equals("/")
                || path.startsWith("/@")
                || SERVER_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
