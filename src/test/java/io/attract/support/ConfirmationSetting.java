package io.attract.support;

import io.restassured.http.ContentType;
import java.util.Map;

/**
 * The district's 审核 switch for tests about figures rather than confirmation: with it off, an officer's entries count
 * on entry, as in a district that turned confirmation off. Tests run one at a time, so a class turns it off before
 * each test and back on after.
 */
public final class ConfirmationSetting {

    private ConfirmationSetting() {}

    public static void set(boolean required) {
        String etag = Api.get(Tokens.ADMIN, "/api/settings/confirmation")
                .statusCode(200)
                .extract()
                .header("ETag");
        Tokens.as(Tokens.ADMIN)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("required", required))
                .put("/api/settings/confirmation")
                .then()
                .statusCode(200);
    }
}
