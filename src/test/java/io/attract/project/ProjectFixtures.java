package io.attract.project;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Projects made through the API for tests, in the officer's unit. */
public final class ProjectFixtures {

    private ProjectFixtures() {}

    /** Puts the officer and the unit head in one fresh unit and officer2 in another; returns the first unit. */
    static long unitsForProjects() {
        long own = Fixtures.unitOf("prj-own", Tokens.OFFICER, Tokens.UNIT_HEAD);
        Fixtures.unitOf("prj-other", Tokens.OFFICER2);
        return own;
    }

    public static Map<String, Object> project(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("pool", "PROMOTION");
        body.put("totalInvestment", 50000);
        body.put("investorEnterpriseIds", List.of());
        return body;
    }

    /** A project in the officer's unit at {@code stage} since {@code effectiveDate}, with these firms as investors. */
    public static int create(String name, String stage, String effectiveDate, Integer... investors) {
        Map<String, Object> body = project(name);
        body.put("investorEnterpriseIds", List.of(investors));
        body.put("stage", stage);
        body.put("effectiveDate", effectiveDate);
        return create(body);
    }

    /** Creates a project of this body as the officer and returns its id. */
    public static int create(Map<String, Object> body) {
        return createAs(Tokens.OFFICER, body);
    }

    /** Creates a project of this body as {@code who} and returns its id. */
    public static int createAs(String who, Map<String, Object> body) {
        return Api.create(who, "/api/projects", body);
    }

    /**
     * A promotion-pool project of this total investment at {@code stage} since {@code since}, made by {@code who};
     * returns its id.
     */
    public static int createAs(String who, String name, String stage, String since, Object investment) {
        return createAs(who, staged(name, stage, since, investment));
    }

    /** The body of a promotion-pool project of this total investment at {@code stage} since {@code since}. */
    public static Map<String, Object> staged(String name, String stage, String since, Object investment) {
        return new HashMap<>(Map.of(
                "name",
                name,
                "pool",
                "PROMOTION",
                "totalInvestment",
                investment,
                "stage",
                stage,
                "effectiveDate",
                since));
    }

    /** Moves the project to {@code to} on {@code on} as {@code who}, under a formal agreement when it is signed. */
    public static ValidatableResponse moveAs(String who, int id, String to, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("toStage", to, "effectiveDate", on));
        if (to.equals("SIGNED")) {
            body.put("agreementType", "FORMAL");
        }
        return Api.post(who, "/api/projects/" + id + "/transitions", body);
    }

    /** Moves the officer's project to {@code to} on {@code on}, as {@link #moveAs} does, and expects it done. */
    public static void moveTo(int id, String to, String on) {
        moveAs(Tokens.OFFICER, id, to, on).statusCode(201);
    }

    /**
     * Enters money arrived for the project as {@code who}, with a receipt as evidence; {@code usd} is the foreign
     * part, left out when null. Returns the fund's id.
     */
    public static int fund(String who, int id, String on, String amount, String usd, String originTier) {
        Map<String, Object> body = new HashMap<>();
        body.put("arrivedOn", on);
        body.put("amount", amount);
        if (usd != null) {
            body.put("foreignUsd", usd);
        }
        body.put("originTier", originTier);
        body.put("evidence", "回单");
        return Api.create(who, "/api/projects/" + id + "/funds", body);
    }

    /** Money from overseas entered by the officer, {@code usd} of it foreign. */
    public static int fund(int id, String on, String amount, String usd) {
        return fund(Tokens.OFFICER, id, on, amount, usd, "OVERSEAS");
    }

    static ValidatableResponse move(int id, String toStage, String date, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("toStage", toStage);
        body.put("effectiveDate", date);
        return Api.post(Tokens.OFFICER, "/api/projects/" + id + "/transitions", body);
    }
}
