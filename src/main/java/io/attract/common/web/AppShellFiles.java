package io.attract.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The two files that make the front end an installable app (ADR 0035), served with the headers browsers expect:
 * the service worker never kept in the HTTP cache (the static files' one-day cache would hold a new build's worker
 * back), the web manifest as {@code application/manifest+json} (unknown to Vert.x's type table).
 */
@ApplicationScoped
public class AppShellFiles {

    static final Map<String, Map<String, String>> HEADERS = Map.of(
            "/sw.js",
            Map.of("Content-Type", "text/javascript; charset=utf-8", "Cache-Control", "no-cache"),
            "/manifest.webmanifest",
            Map.of("Content-Type", "application/manifest+json; charset=utf-8", "Cache-Control", "no-cache"));

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(AppShellFiles::withHeaders);
    }

    static void withHeaders(RoutingContext ctx) {
        Map<String, String> headers = HEADERS.get(ctx.normalizedPath());
        if (headers != null) {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() < 400) {
                    headers.forEach((name, value) -> ctx.response().headers().set(name, value));
                }
            });
        }
        ctx.next();
    }
}
