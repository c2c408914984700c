package io.attract.common.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a file to save is answered: its body, and a Content-Disposition naming it. */
public final class Downloads {

    private Downloads() {}

    /** RFC 6266: {@code asciiName} for old clients, and {@code name} exactly as RFC 5987 {@code filename*}. */
    public static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** 200 with {@code body}, to be saved as {@code name} ({@code asciiName} where a client cannot take it). */
    public static Response file(Object body, String asciiName, String name) {
        return Response.ok(body)
                .header("Content-Disposition", attachment(asciiName, name))
                .build();
    }
}
