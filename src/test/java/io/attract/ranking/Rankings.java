package io.attract.ranking;

import io.attract.support.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** The league table as one user reads it, its figures as exact decimals. */
public final class Rankings {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Rankings() {}

    /** The league table as of this date, read by {@code user}. */
    public static JsonPath of(String user, String asOf) {
        return Api.get(user, "/api/ranking", "asOf", asOf)
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(EXACT);
    }
}
