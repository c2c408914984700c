package io.attract.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.attachment.TestFiles;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.ApiOperations;
import io.attract.support.EngagementFixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every API operation × every role × (no record, the caller's unit's record, another unit's record), against
 * {@code authorization-matrix.txt}: the reviewed list of which roles may call what. A new operation that is not in
 * the matrix fails here, as does a role reaching an operation the matrix does not give it, or the other way round.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("officer", Tokens.OFFICER);
        ROLES.put("unit_head", Tokens.UNIT_HEAD);
        ROLES.put("leader", Tokens.LEADER);
        ROLES.put("stats", Tokens.STATS);
        ROLES.put("admin", Tokens.ADMIN);
        ROLES.put("security_admin", Tokens.SECURITY_ADMIN);
        ROLES.put("audit_admin", Tokens.AUDITOR);
    }

    /** Records that belong to one unit: another unit's officer must not learn they exist. */
    private static final List<String> UNIT_RECORDS =
            List.of("/api/projects/{id}", "/api/visits/{id}", "/api/leads/{id}", "/api/attachments/{id}");

    private static final String MISSING = "999999999";

    @Test
    void everyOperationIsInTheMatrixAndNothingElse() throws IOException {
        Set<String> operations = new TreeSet<>(ApiOperations.all());
        Set<String> listed = matrix().keySet();
        assertThat(new TreeSet<>(operations))
                .as("operations missing from authorization-matrix.txt")
                .isSubsetOf(listed);
        assertThat(new TreeSet<>(listed))
                .as("matrix rows for operations that no longer exist")
                .isSubsetOf(operations);
    }

    @Test
    void eachRoleReachesExactlyTheOperationsTheMatrixGivesIt() throws IOException {
        EngagementFixtures.units();
        List<String> wrong = new ArrayList<>();
        matrix().forEach((op, allowed) -> ROLES.forEach((role, user) -> {
            Response r = call(Tokens.as(user), op, MISSING);
            boolean refused = roleRefused(r);
            if (refused == allowed.contains(role)) {
                wrong.add(op + " as " + role + " -> " + r.statusCode() + " " + r.asString());
            }
        }));
        assertThat(wrong).as("role rules that differ from the matrix").isEmpty();
    }

    @Test
    void aRecordThatDoesNotExistAnswers404ToEveryRoleThatMayRead() throws IOException {
        EngagementFixtures.units();
        List<String> wrong = new ArrayList<>();
        matrix().forEach((op, allowed) -> {
            if (!op.startsWith("GET ") || !op.endsWith("{id}")) {
                return;
            }
            allowed.forEach(role -> {
                int status = call(Tokens.as(ROLES.get(role)), op, MISSING).statusCode();
                if (status != 404) {
                    wrong.add(op + " as " + role + " -> " + status);
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherUnitsRecordsAnswerAsIfMissingAndTheOwnUnitsAreReached() throws IOException {
        EngagementFixtures.units();
        int firm = EngagementFixtures.firm("权限矩阵测试企业有限公司");
        int project = ProjectFixtures.create("权限矩阵测试项目", "NEGOTIATING", "2026-01-05");
        Map<String, String> ids = Map.of(
                "/api/projects/{id}", String.valueOf(project),
                "/api/attachments/{id}",
                        String.valueOf((int) Tokens.as(Tokens.OFFICER)
                                .multiPart("ownerType", "PROJECT")
                                .multiPart("ownerId", String.valueOf(project))
                                .multiPart("file", "现场.png", TestFiles.png(8, 8), "image/png")
                                .post("/api/attachments")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id")),
                "/api/visits/{id}",
                        String.valueOf((int)
                                Api.post(Tokens.OFFICER, "/api/visits", EngagementFixtures.visit(firm, "2026-03-02"))
                                        .statusCode(201)
                                        .extract()
                                        .path("id")),
                "/api/leads/{id}",
                        String.valueOf(EngagementFixtures.createLead(
                                Tokens.OFFICER, EngagementFixtures.lead("权限矩阵测试线索", "2026-03-02", firm))));
        List<String> wrong = new ArrayList<>();
        matrix().forEach((op, allowed) -> UNIT_RECORDS.stream()
                .filter(ApiOperations.path(op)::startsWith)
                .forEach(record -> {
                    String id = ids.get(record);
                    if (allowed.contains("officer")) {
                        // Another unit's record must answer exactly as a record that does not exist.
                        Response other = call(Tokens.as(Tokens.OFFICER2), op, id);
                        Response missing = call(Tokens.as(Tokens.OFFICER2), op, MISSING);
                        if (other.statusCode() != missing.statusCode()
                                || op.startsWith("GET ") && other.statusCode() != 404
                                || !String.valueOf(other.jsonPath().getString("code"))
                                        .equals(String.valueOf(
                                                missing.jsonPath().getString("code")))) {
                            wrong.add(op + " as another unit's officer -> " + other.statusCode() + " "
                                    + other.jsonPath().getString("code") + ", for no record -> "
                                    + missing.statusCode());
                        }
                    }
                    boolean onlyTheRecord = ApiOperations.path(op).indexOf('{', record.length()) < 0;
                    if (onlyTheRecord && !op.startsWith("DELETE ")) {
                        allowed.forEach(role -> {
                            Response own = call(Tokens.as(ROLES.get(role)), op, id);
                            if (own.statusCode() == 404 || roleRefused(own)) {
                                wrong.add(op + " as " + role + " of the record's unit -> " + own.statusCode());
                            }
                        });
                    }
                }));
        assertThat(wrong).isEmpty();
    }

    private static boolean roleRefused(Response r) {
        return r.statusCode() == 403 && "auth.forbidden".equals(r.jsonPath().getString("code"));
    }

    private static Response call(RequestSpecification spec, String op, String id) {
        String path = ApiOperations.path(op)
                .replace("{month}", "1999-01")
                .replace("{username}", "no-such-user")
                .replaceAll("\\{[^}]+}", id)
                .replace("/" + id + "/" + id, "/" + id + "/" + MISSING);
        RequestSpecification request = path.matches(".*/import(/preview|/annotated)?|/api/attachments")
                ? spec.multiPart("file", "empty.csv", new byte[0], "text/csv")
                : spec.contentType(ContentType.JSON).body("{}");
        return request.redirects().follow(false).request(ApiOperations.method(op), path);
    }

    /** "GET /api/units/{id}" → the roles that may call it, from src/test/resources/authorization-matrix.txt. */
    private static Map<String, Set<String>> matrix() throws IOException {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\\s+");
                Set<String> roles = new TreeSet<>(List.of(cells).subList(2, cells.length));
                roles.remove("-");
                assertThat(ROLES.keySet()).as(row).containsAll(roles);
                rows.put(cells[0] + " " + cells[1], roles);
            }
        }
        return rows;
    }
}
