package io.attract.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API's operations as the running application's OpenAPI document lists them: "GET /api/units/{id}". */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiOperations() {}

    @SuppressWarnings("unchecked")
    public static List<String> all() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> ops = new ArrayList<>();
        paths.forEach((path, item) ->
                item.keySet().stream().filter(METHODS::contains).forEach(m -> ops.add(m.toUpperCase() + " " + path)));
        return ops.stream().filter(op -> op.contains(" /api")).sorted().toList();
    }

    public static String method(String operation) {
        return operation.substring(0, operation.indexOf(' '));
    }

    public static String path(String operation) {
        return operation.substring(operation.indexOf(' ') + 1);
    }
}
