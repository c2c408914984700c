package io.attract.common.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Test
    void createAndUpdateAreRecordedWithWhoAndBeforeAfter() {
        String code = Fixtures.uniqueCode("aud");
        long id = Fixtures.unit(code);
        Api.put(Tokens.ADMIN, "/api/units/" + id, "\"0\"", Map.of("code", code, "name", "新名字", "kind", "DEPARTMENT"))
                .statusCode(200);

        Api.get(Tokens.STATS, "/api/audit", "entity", "Unit", "id", id)
                .statusCode(200)
                .body("items", hasSize(2))
                // newest first
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].changes.name.before", equalTo(Fixtures.DEFAULT_UNIT_NAME))
                .body("items[0].changes.name.after", equalTo("新名字"))
                .body("items[0].changes.kind.after", equalTo("DEPARTMENT"))
                .body("items[0].changes.code", equalTo(null))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].changes.code.after", equalTo(code))
                // and in words: the unit's name, the field's label, the enum value's Chinese name
                .body("items[0].record", equalTo("新名字"))
                .body("items[0].entityLabel", equalTo("责任单位"))
                .body("items[0].readable.find { it.field == 'kind' }.label", equalTo("类型"))
                .body("items[0].readable.find { it.field == 'kind' }.after", equalTo("部门"));
    }

    @Test
    void refusedUpdateLeavesNoAuditRow() {
        long id = Fixtures.unit(Fixtures.uniqueCode("aud-r"));
        Api.put(
                        Tokens.ADMIN,
                        "/api/units/" + id,
                        "\"7\"",
                        Map.of("code", Fixtures.uniqueCode("x"), "name", "不应写入", "kind", "STREET"))
                .statusCode(412);
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Unit", "id", id)
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("CREATE"));
    }

    @Test
    void onlyAdminAndStatsReadTheTrail() {
        Api.get(Tokens.OFFICER, "/api/audit").statusCode(403);
        Api.get(Tokens.LEADER, "/api/audit").statusCode(403);
        Api.get(Tokens.AUDITOR, "/api/audit").statusCode(200);
    }

    @Test
    void aRefusedRequestIsRecordedWithWhoAndWhat() throws InterruptedException {
        String path = "/api/users/no-such-" + System.nanoTime();
        Api.put(Tokens.LEADER, path, "{}").statusCode(403);
        // Written after the answer, off the request thread: wait for it a little.
        int found = 0;
        for (int i = 0; i < 50 && found == 0; i++) {
            found = Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Request", "id", "PUT " + path)
                    .statusCode(200)
                    .extract()
                    .path("items.size()");
            if (found == 0) {
                Thread.sleep(100);
            }
        }
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Request", "id", "PUT " + path)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("REFUSED"))
                .body("items[0].actor", equalTo(Tokens.LEADER));
    }

    @Test
    void theFilteredTrailExportsToASheetAndCannotBeRewritten() throws Exception {
        String code = Fixtures.uniqueCode("audx");
        long id = Fixtures.unit(code);
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.get(Tokens.STATS, "/api/audit", "entity", "Unit", "id", id, "action", "CREATE", "from", today, "to", today)
                .statusCode(200)
                .body("items", hasSize(1));
        Api.get(Tokens.STATS, "/api/audit", "entity", "Unit", "id", id, "to", "2020-01-01")
                .body("items", hasSize(0));

        byte[] sheet = export("Unit", id);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            java.util.List<org.dhatim.fastexcel.reader.Row> rows =
                    book.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows).hasSize(2);
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(1))
                    .isEqualTo("操作人");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(4))
                    .isEqualTo("新建");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(7))
                    .contains("单位代码: " + code);
        }
        Api.get(Tokens.OFFICER, "/api/audit/export").statusCode(403);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                                .run(() -> io.quarkus.arc.Arc.container()
                                        .instance(jakarta.persistence.EntityManager.class)
                                        .get()
                                        .createNativeQuery("update audit_event set actor = 'someone-else'")
                                        .executeUpdate()))
                .hasStackTraceContaining(
                        "permission denied for table audit_event"); // the app's role: AppRoleGrantsTest
    }

    /** The audit trail of one record as the statistics office exports it. */
    static byte[] export(String entity, Object id) {
        return Api.download(Tokens.STATS, "/api/audit/export", "entity", entity, "id", id);
    }
}
