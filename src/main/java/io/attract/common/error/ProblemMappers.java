package io.attract.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.attract.common.audit.SecurityAudit;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json with a stable code; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    SecurityAudit securityAudit;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(
                new Problem("about:blank", Problem.title(400), 400, "request.invalid", "请求内容有误，请检查标出的字段。", violations));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return respond(Problem.of(401, "auth.unauthenticated", "请先登录。"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        securityAudit.refused(request.getMethod(), request.getUriInfo().getPath());
        return respond(Problem.of(403, "auth.forbidden", "您的角色无权执行此操作。"));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(RuntimeException e) {
        return respond(Problem.of(412, "version.stale", "该记录已被他人修改，请刷新后再试。"));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().isEmpty()
                ? null
                : e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (field == null) {
            return malformed(e);
        }
        String message = "字段类型或取值不正确：" + field;
        return respond(new Problem(
                "about:blank",
                Problem.title(400),
                400,
                "request.malformed",
                message,
                List.of(new Problem.Violation(field, message))));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return respond(Problem.of(400, "request.malformed", "请求格式不正确（JSON 无法解析或字段类型不符）。"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of(500, "internal.error", "服务器内部错误，请稍后再试。"));
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return malformed((JsonProcessingException) e.getCause());
        }
        return respond(problemFor(status));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // Someone else committed between our version check and our commit.
                return stale((RuntimeException) cause);
            }
        }
        if (DatabaseUnavailable.is(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(Problem.of(503, "database.unavailable", "数据库暂时不可用，请稍后重试。")))
                    .header("Retry-After", "5")
                    .build();
        }
        LOG.error("Unexpected error", e);
        return respond(Problem.of(500, "internal.error", "服务器内部错误，请稍后再试。"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "create.request.name" -> "name": the client knows only its own field names.
        int argIndex = path.indexOf('.', path.indexOf('.') + 1);
        return argIndex > 0 ? path.substring(argIndex + 1) : path;
    }

    /** What a client reads for a status the framework answered by itself (an unknown path, a wrong method, …). */
    private static Problem problemFor(int status) {
        return switch (status) {
            case 404 -> Problem.of(status, "resource.not_found", "请求的资源不存在。");
            case 405 -> Problem.of(status, "request.method_not_allowed", "不支持该请求方法。");
            case 406 -> Problem.of(status, "request.not_acceptable", "无法提供所请求的格式。");
            case 413 -> Problem.of(status, "request.too_large", "请求内容过大。");
            case 415 -> Problem.of(status, "request.unsupported_media_type", "不支持的内容类型。");
            case 401 -> Problem.of(status, "auth.unauthenticated", "请先登录。");
            case 403 -> Problem.of(status, "auth.forbidden", "您的角色无权执行此操作。");
            default -> Problem.of(status, "request.malformed", "请求格式不正确。");
        };
    }
}
