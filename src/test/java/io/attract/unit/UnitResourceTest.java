package io.attract.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
            Tokens.as(user).get("/api/units").then().statusCode(200).body("items.code", hasItem(code));
        }
    }

    @Test
    void onlyAdminCreates() {
        Map<String, String> body = Map.of("code", Fixtures.uniqueCode("deny"), "name", "某街道", "kind", "STREET");
        Tokens.as(Tokens.OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/units")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("auth.forbidden"));
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/units")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("某街道"))
                .body("version", equalTo(0));
    }

    @Test
    void invalidFieldsAreNamed() {
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", "", "kind", "STREET"))
                .post("/api/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid"))
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void unknownKindAndMalformedJsonAre400Problems() {
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"code\":\"abc\",\"name\":\"n\",\"kind\":\"PLANET\"}")
                .post("/api/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .post("/api/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.malformed"));
    }

    @Test
    void duplicateCodeIsRefused() {
        String code = Fixtures.uniqueCode("dup");
        Fixtures.unit(code);
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "重复", "kind", "STREET"))
                .post("/api/units")
                .then()
                .statusCode(400)
                .body("code", equalTo("unit.code_taken"))
                .body("violations[0].field", equalTo("code"));
    }

    @Test
    void updateNeedsCurrentVersion() {
        long id = Fixtures.unit(Fixtures.uniqueCode("upd"));
        Map<String, String> body = Map.of("code", Fixtures.uniqueCode("upd2"), "name", "改名街道", "kind", "STREET");
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/units/" + id)
                .then()
                .statusCode(428)
                .body("code", equalTo("version.missing"));
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/units/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("改名街道"))
                .body("version", equalTo(1))
                .header("ETag", equalTo("\"1\""));
        Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/units/" + id)
                .then()
                .statusCode(412)
                .body("code", equalTo("version.stale"));
        Tokens.as(Tokens.OFFICER).get("/api/units/" + id).then().statusCode(200).body("name", equalTo("改名街道"));
    }

    @Test
    void missingUnitIs404Problem() {
        Tokens.as(Tokens.OFFICER)
                .get("/api/units/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unit.not_found"));
    }
}
