package io.attract.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void anonymousIs401NotARedirect() {
        given().redirects().follow(false).get("/api/me").then().statusCode(401);
        given().redirects()
                .follow(false)
                .header("X-Requested-With", "XMLHttpRequest")
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void showsUsernameRolesAndAssignedUnit() {
        String code = Fixtures.uniqueCode("me");
        long unitId = Fixtures.unit(code);
        Fixtures.assign(Tokens.UNIT_HEAD, unitId);
        Api.get(Tokens.UNIT_HEAD, "/api/me")
                .statusCode(200)
                .body("username", equalTo("unithead"))
                .body("roles", contains("unit_head"))
                .body("unit.id", equalTo((int) unitId))
                .body("unit.code", equalTo(code));
    }

    @Test
    void userWithoutUnitHasNullUnit() {
        Api.get("newcomer", "/api/me")
                .statusCode(200)
                .body("username", equalTo("newcomer"))
                .body("unit", nullValue());
    }

    @Test
    void concurrentFirstRequestsOfOneUserAllSucceedAndCreateOneRow() throws Exception {
        String username = "parallel-" + System.nanoTime();
        String token = Tokens.of(username);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(
                        () -> given().auth().oauth2(token).get("/api/me").statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.get(Tokens.ADMIN, "/api/users")
                .statusCode(200)
                .body("items.findAll { it.username == '" + username + "' }.size()", equalTo(1));
    }

    @Test
    void browserLoginRedirectsToTheProvider() {
        given().redirects().follow(false).get("/login").then().statusCode(302);
    }
}
