package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency for updates: {@code If-Match: "<version>"} is required and must be current. */
public final class IfMatch {

    private IfMatch() {}

    public static long parse(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiException(428, "version.missing", "更新记录时必须带上 If-Match 版本号。");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "version.malformed", "If-Match 版本号格式不正确。");
        }
    }

    public static void check(String header, long currentVersion) {
        if (parse(header) != currentVersion) {
            throw new ApiException(412, "version.stale", "该记录已被他人修改，请刷新后再试。");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its version as ETag, for the next If-Match. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }
}
