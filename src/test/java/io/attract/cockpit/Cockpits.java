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

    /** The drill-down behind a cockpit figure: this unit's projects that newly reached this stage in the period. */
    public static ValidatableResponse projectsBehind(long unit, String newStage, String from, String to) {
        return Api.get(Tokens.LEADER, "/api/projects", "unitId", unit, "newStage", newStage, "from", from, "to", to);
    }
}
