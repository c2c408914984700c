package io.attract.project;

import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Projects made through the API for tests, in the officer's unit. */
public final class ProjectFixtures {

    private ProjectFixtures() {}

    /** Puts the officer and the unit head in one fresh unit and officer2 in another; returns the first unit. */
    static long unitsForProjects() {
        long own = Fixtures.unit(Fixtures.uniqueCode("prj-own"));
        Fixtures.assign(Tokens.OFFICER, own);
        Fixtures.assign(Tokens.UNIT_HEAD, own);
        Fixtures.assign(Tokens.OFFICER2, Fixtures.unit(Fixtures.uniqueCode("prj-other")));
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
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse move(int id, String toStage, String date, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("toStage", toStage);
        body.put("effectiveDate", date);
        return Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects/" + id + "/transitions")
                .then();
    }
}
