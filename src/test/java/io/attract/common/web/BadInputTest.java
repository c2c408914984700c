package io.attract.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.ApiOperations;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Walks the OpenAPI document and throws bad input at every operation: malformed JSON, wrong types, wrong content
 * types, hostile strings, bad path and query values. Every answer must be below 500, and every refusal a
 * problem+json without a stack trace.
 */
@QuarkusTest
class BadInputTest {

    private static final List<String> HOSTILE = List.of(
            "'; drop table project; --",
            "<script>alert(1)</script>",
            "{{7*7}}${7*7}",
            "../../../../etc/passwd",
            "\u0000\uFFFF𠀀",
            "=cmd|' /C calc'!A0",
            "x".repeat(5000));

    @Test
    void noOperationAnswers5xxOrLeaksAStackTrace() {
        EngagementFixtures.units();
        JsonPath openApi = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // The walk knows the bodies' fields, so the wrong types and hostile strings land on real fields.
        assertThat(bodyProperties(openApi, "/api/projects", "post")).containsKeys("name", "pool", "totalInvestment");
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (String op : ApiOperations.all()) {
            operations++;
            String method = ApiOperations.method(op);
            String template = ApiOperations.path(op);
            String path = template.replace("{month}", "2026-10")
                    .replace("{username}", "officer")
                    .replaceAll("\\{[^}]+}", "1");
            List<Function<RequestSpecification, Response>> tries = new ArrayList<>();
            // Path and query values of the wrong shape.
            tries.add(s -> s.request(method, template.replaceAll("\\{[^}]+}", "abc%27%22")));
            tries.add(s -> s.queryParams(Map.of(
                            "page",
                            "-1",
                            "size",
                            "99999",
                            "sort",
                            "name;drop",
                            "asOf",
                            "2026-02-30",
                            "year",
                            "x",
                            "from",
                            "yesterday",
                            "q",
                            HOSTILE.get(0)))
                    .request(method, path));
            if (!method.equals("GET") && !method.equals("DELETE")) {
                Map<String, Object> properties = bodyProperties(openApi, template, method.toLowerCase());
                tries.add(s ->
                        s.contentType("application/json").body("{\"name\": ").request(method, path));
                tries.add(s -> s.contentType("application/json").body("[1, 2").request(method, path));
                tries.add(s -> s.contentType("text/plain").body("name=x").request(method, path));
                tries.add(s ->
                        s.contentType("application/xml").body("<a>&xxe;</a>").request(method, path));
                tries.add(s -> s.contentType("application/json")
                        .body(wrongTypes(properties))
                        .request(method, path));
                for (String hostile : HOSTILE) {
                    tries.add(s -> s.contentType("application/json")
                            .body(hostileStrings(properties, hostile))
                            .request(method, path));
                }
            }
            for (Function<RequestSpecification, Response> attempt : tries) {
                Response r = attempt.apply(Tokens.as(Tokens.ADMIN).redirects().follow(false));
                check(op + " as admin", r, wrong);
                r = attempt.apply(Tokens.as(Tokens.OFFICER).redirects().follow(false));
                check(op + " as officer", r, wrong);
            }
        }
        assertThat(operations).isGreaterThan(80);
        assertThat(wrong).as("bad input answered badly").isEmpty();
    }

    @Test
    void aJsonBodyLargerThanAMegabyteIsRefusedBeforeItIsRead() {
        EngagementFixtures.units();
        String big = "{\"name\": \"" + "汉".repeat(700_000) + "\"}";
        Response r = Tokens.as(Tokens.OFFICER)
                .contentType("application/json")
                .body(big)
                .post("/api/projects");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo("request.too_large");
    }

    private static void check(String what, Response r, List<String> wrong) {
        String body = r.asString();
        if (r.statusCode() >= 500) {
            wrong.add(what + " -> " + r.statusCode() + " " + abbreviate(body));
        } else if (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + " -> " + r.statusCode() + " not problem+json: " + r.contentType());
        } else if (body.contains("Exception") || body.contains("\tat ") || body.contains("at io.attract")) {
            wrong.add(what + " -> " + r.statusCode() + " leaks internals: " + abbreviate(body));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The request body's properties (name → schema), following one $ref into components. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodyProperties(JsonPath openApi, String path, String method) {
        Map<String, Object> operation = openApi.getMap("paths.'" + path + "'." + method);
        Object schema =
                operation == null ? null : dig(operation, "requestBody", "content", "application/json", "schema");
        if (schema instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
            schema = openApi.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
        }
        Object properties = schema instanceof Map<?, ?> map ? map.get("properties") : null;
        return properties instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Object dig(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    /** Each property gets a value of another type: text for numbers, dates and lists, a list for text, … */
    private static Map<String, Object> wrongTypes(Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, schema) -> {
            Object type = dig(schema, "type");
            Object format = dig(schema, "format");
            if ("date".equals(format)) {
                body.put(name, "2026-13-45");
            } else if ("integer".equals(type) || "number".equals(type)) {
                body.put(name, "many");
            } else if ("boolean".equals(type)) {
                body.put(name, "maybe");
            } else if ("array".equals(type)) {
                body.put(name, "not-a-list");
            } else if ("string".equals(type)) {
                body.put(name, List.of(1, 2));
            } else {
                body.put(name, 42);
            }
        });
        body.putIfAbsent("name", Map.of("nested", true));
        return body;
    }

    private static Map<String, Object> hostileStrings(Map<String, Object> properties, String hostile) {
        Map<String, Object> body = new LinkedHashMap<>();
        properties.forEach((name, schema) -> {
            Object type = dig(schema, "type");
            if ("string".equals(type) && dig(schema, "format") == null && dig(schema, "enum") == null) {
                body.put(name, hostile);
            } else if ("array".equals(type) && "string".equals(dig(schema, "items", "type"))) {
                body.put(name, List.of(hostile));
            }
        });
        body.putIfAbsent("name", hostile);
        return body;
    }
}
