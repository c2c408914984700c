package io.attract.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.ApiOperations;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the OpenAPI document: nobody without a role may reach one. A new endpoint without a
 * rule fails here (and is denied at run time by quarkus.security.jaxrs.deny-unannotated-endpoints).
 */
@QuarkusTest
class EndpointSecurityTest {

    /** Reachable by any logged-in person: tells a user without a role that they have none. */
    private static final Set<String> ANY_AUTHENTICATED = Set.of("GET /api/me");

    @Test
    void everyApiOperationRefusesAnonymousAndRolelessCallers() {
        List<String> operations = ApiOperations.all();
        assertThat(operations).contains("GET /api/units", "POST /api/units", "GET /api/audit", "GET /api/users");

        List<String> leaks = new ArrayList<>();
        for (String op : operations) {
            String method = ApiOperations.method(op);
            String path = ApiOperations.path(op).replaceAll("\\{[^}]+}", "1");
            int anonymous = call(given().header("X-Requested-With", "XMLHttpRequest"), method, path)
                    .statusCode();
            if (anonymous != 401) {
                leaks.add(op + " anonymous -> " + anonymous);
            }
            if (!ANY_AUTHENTICATED.contains(op)) {
                int roleless = call(
                                Tokens.as(Tokens.NO_ROLE)
                                        .contentType("application/json")
                                        .body("{}"),
                                method,
                                path)
                        .statusCode();
                if (roleless != 403) {
                    leaks.add(op + " without role -> " + roleless);
                }
            }
        }
        assertThat(leaks).as("operations reachable without a role").isEmpty();
    }

    private static Response call(io.restassured.specification.RequestSpecification spec, String method, String path) {
        return spec.redirects().follow(false).request(method, path);
    }
}
