package io.attract.common.web;

import io.attract.common.error.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are forms, not files: anything over 1 MB is refused (413) before it is read. The server-wide limit
 * (quarkus.http.limits.max-body-size) stays large for spreadsheet uploads.
 */
public class JsonBodyLimit {

    static final long MAX_JSON_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null
                || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || request.getLength() <= MAX_JSON_BYTES) {
            return null;
        }
        return Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(413, "request.too_large", "提交的内容过大（超过 1 MB），请精简后再试。"))
                .build();
    }
}
