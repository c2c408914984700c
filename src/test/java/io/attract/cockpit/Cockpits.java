package io.attract.cockpit;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.restassured.response.ValidatableResponse;

/** The cockpit as the leader reads it for one unit. */
public final class Cockpits {

    private Cockpits() {}

    /** The cockpit of this unit as of this date, read by the leader. */
    public static ValidatableResponse of(long unit, String asOf) {
        return Api.get(Tokens.LEADER, "/api/cockpit", "asOf", asOf, "unitId", unit)
                .statusCode(200);
    }
}
