package io.attract.common.error;

import java.util.List;

/** A refusal the client can act on: an HTTP status, a stable code and a message a person understands. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem.Violation> violations;
    private Long existingId;

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiException(int status, String code, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = violations;
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, detail);
    }

    public static ApiException invalid(String field, String code, String message) {
        return new ApiException(400, code, message, List.of(new Problem.Violation(field, message)));
    }

    /** A refusal because the record exists already: the answer links to it. */
    public static ApiException duplicate(String code, String detail, String field, long existingId) {
        ApiException e = new ApiException(409, code, detail, List.of(new Problem.Violation(field, detail)));
        e.existingId = existingId;
        return e;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        return new Problem("about:blank", Problem.title(status), status, code, getMessage(), violations, existingId);
    }
}
