package io.attract.common.security;

import io.attract.common.error.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF defence for browser sessions (custom request header, OWASP): a state-changing request that rides on the
 * session cookie must carry {@code X-Requested-With}, which a cross-site form cannot set and which CORS does not
 * allow cross-origin. API clients with {@code Authorization: Bearer} are not exposed to CSRF and are not asked.
 */
public class CsrfHeaderFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String marker = request.getHeaderString(HEADER);
        if (marker != null && !marker.isBlank()) {
            return null;
        }
        return Response.status(403)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "auth.csrf", "请求缺少防跨站伪造标记，请从系统页面重新操作。"))
                .build();
    }
}
