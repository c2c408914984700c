package io.attract.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void anonymousIs401NotARedirect() {
        given().redirects().follow(false).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest").get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void showsUsernameRolesAndAssignedUnit() {
        String code = Fixtures.uniqueCode("me");
        long unitId = Fixtures.unit(code);
        Fixtures.assign(Tokens.UNIT_HEAD, unitId);
        Tokens.as(Tokens.UNIT_HEAD).get("/api/me").then().statusCode(200)
                .body("username", equalTo("unithead"))
                .body("roles", contains("unit_head"))
                .body("unit.id", equalTo((int) unitId))
                .body("unit.code", equalTo(code));
    }

    @Test
    void userWithoutUnitHasNullUnit() {
        Tokens.as("newcomer").get("/api/me").then().statusCode(200)
                .body("username", equalTo("newcomer")).body("unit", nullValue());
    }

    @Test
    void browserLoginRedirectsToTheProvider() {
        given().redirects().follow(false).get("/login").then().statusCode(302);
    }
}
