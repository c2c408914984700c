package io.attract.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @Test
    void anonymousGets401AsProblem() {
        given().header("X-Requested-With", "XMLHttpRequest")
                .get("/api/units")
                .then()
                .statusCode(401);
    }

    @Test
    void everyRoleReadsUnits() {
        String code = Fixtures.uniqueCode("read");
        Fixtures.unit(code);
        for (String user : new String[] {Tokens.OFFICER, Tokens.UNIT_HEAD, Tokens.LEADER, Tokens.STATS}) {
            Api.get(user, "/api/units").statusCode(200).body("items.code", hasItem(code));
        }
    }

    @Test
    void onlyAdminCreates() {
        Map<String, String> body = Map.of("code", Fixtures.uniqueCode("deny"), "name", "某街道", "kind", "STREET");
        Api.post(Tokens.OFFICER, "/api/units", body)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("auth.forbidden"));
        Api.post(Tokens.ADMIN, "/api/units", body)
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("某街道"))
                .body("version", equalTo(0));
    }

    @Test
    void invalidFieldsAreNamed() {
        Api.post(Tokens.ADMIN, "/api/units", Map.of("code", "x", "name", "", "kind", "STREET"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid"))
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void unknownKindAndMalformedJsonAre400Problems() {
        Api.post(Tokens.ADMIN, "/api/units", "{\"code\":\"abc\",\"name\":\"n\",\"kind\":\"PLANET\"}")
                .statusCode(400)
                .contentType("application/problem+json");
        Api.post(Tokens.ADMIN, "/api/units", "{\"code\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.malformed"));
    }

    @Test
    void duplicateCodeIsRefused() {
        String code = Fixtures.uniqueCode("dup");
        Fixtures.unit(code);
        Api.post(Tokens.ADMIN, "/api/units", Map.of("code", code, "name", "重复", "kind", "STREET"))
                .spec(Api.fieldError("unit.code_taken", "code"));
    }

    @Test
    void updateNeedsCurrentVersion() {
        long id = Fixtures.unit(Fixtures.uniqueCode("upd"));
        Map<String, String> body = Map.of("code", Fixtures.uniqueCode("upd2"), "name", "改名街道", "kind", "STREET");
        Api.put(Tokens.ADMIN, "/api/units/" + id, body).statusCode(428).body("code", equalTo("version.missing"));
        Api.put(Tokens.ADMIN, "/api/units/" + id, "\"0\"", body)
                .statusCode(200)
                .body("name", equalTo("改名街道"))
                .body("version", equalTo(1))
                .header("ETag", equalTo("\"1\""));
        Api.put(Tokens.ADMIN, "/api/units/" + id, "\"0\"", body).statusCode(412).body("code", equalTo("version.stale"));
        Api.get(Tokens.OFFICER, "/api/units/" + id).statusCode(200).body("name", equalTo("改名街道"));
    }

    @Test
    void missingUnitIs404Problem() {
        Api.get(Tokens.OFFICER, "/api/units/999999999")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unit.not_found"));
    }
}
