package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.attract.project.Project;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The trail as a person reads it: types and fields in Chinese, business keys, people's names, 系统. */
@QuarkusTest
class AuditReadingTest {

    private static final String OFFICER_NAME = "审计专员";

    @Inject
    EntityManager em;

    @Test
    void aStageChangeReadsAsProjectStageAndPerson() throws Exception {
        long unit = Fixtures.unit(Fixtures.uniqueCode("aud-read"));
        Fixtures.assign(Tokens.UNIT_HEAD, unit);
        Api.get(Tokens.OFFICER, "/api/me").statusCode(200);
        Api.put(Tokens.ADMIN, "/api/users/" + Tokens.OFFICER, Map.of("unitId", unit, "displayName", OFFICER_NAME))
                .statusCode(200);
        String code = "TQ2026-" + System.nanoTime() % 1_000_000_000;
        Map<String, Object> body = new HashMap<>(ProjectFixtures.project("审计读法项目"));
        body.put("code", code);
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", "2026-03-02");
        int id = Api.create(Tokens.OFFICER, "/api/projects", body);
        ProjectFixtures.moveTo(id, "SIGNED", "2026-03-20");
        String key = code + " 审计读法项目";

        // By the Chinese type name: the officer's stage change (the signing date may follow in a row of its own).
        String stageChange = "items.find { it.readable.field.contains('stage') && it.action == 'UPDATE' }";
        Api.get(Tokens.STATS, "/api/audit", "entity", "项目", "id", id)
                .statusCode(200)
                .body(stageChange + ".entity", equalTo("Project"))
                .body(stageChange + ".entityLabel", equalTo("项目"))
                .body(stageChange + ".record", equalTo(key))
                .body(stageChange + ".actorName", equalTo(OFFICER_NAME))
                .body(stageChange + ".actor", equalTo(Tokens.OFFICER))
                .body(stageChange + ".system", equalTo(false))
                .body(stageChange + ".readable.find { it.field == 'stage' }.label", equalTo("阶段"))
                .body(stageChange + ".readable.find { it.field == 'stage' }.before", equalTo("在谈"))
                .body(stageChange + ".readable.find { it.field == 'stage' }.after", equalTo("签约"))
                .body(stageChange + ".readable.find { it.field == 'agreementType' }.after", equalTo("正式协议"))
                .body(stageChange + ".readable.field", not(hasItem("updatedAt")))
                .body("items.readable.flatten().field", not(hasItem("searchText")))
                .body("items[-1].action", equalTo("CREATE"))
                .body("items[-1].readable.find { it.field == 'unit' }.after", equalTo(Fixtures.DEFAULT_UNIT_NAME))
                .body("items[-1].readable.find { it.field == 'ownerUsername' }.after", equalTo(OFFICER_NAME));

        // The transition itself, found by the project's code and by the officer's name.
        Api.get(Tokens.STATS, "/api/audit", "entity", "项目阶段变更", "record", code, "actor", "审计专")
                .statusCode(200)
                .body("items.record", hasItem(key))
                .body("items[0].entity", equalTo("ProjectTransition"))
                .body("items[0].readable.find { it.field == 'toStage' }.after", equalTo("签约"))
                .body("items[0].readable.find { it.field == 'recordedBy' }.after", equalTo(OFFICER_NAME))
                .body("items[0].readable.find { it.field == 'project' }.after", equalTo(key));

        // The system's own change.
        QuarkusTransaction.requiringNew().run(() -> em.find(Project.class, (long) id).keyProject = true);
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Project", "record", code, "actor", "系统")
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorName", equalTo("系统"))
                .body("items[0].system", equalTo(true))
                .body("items[0].readable", hasSize(1))
                .body("items[0].readable[0].label", equalTo("重点项目"))
                .body("items[0].readable[0].before", equalTo("否"))
                .body("items[0].readable[0].after", equalTo("是"));

        // The export reads the same.
        byte[] sheet = AuditTrailTest.export("项目", id);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("时间(北京时间)");
            assertThat(rows.get(1).getCellText(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("系统");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("重点项目: 否 → 是");
            Row signed = rows.stream()
                    .filter(r -> r.getCellText(7).contains("阶段: 在谈 → 签约"))
                    .findFirst()
                    .orElseThrow();
            assertThat(signed.getCellText(1)).isEqualTo(OFFICER_NAME);
            assertThat(signed.getCellText(2)).isEqualTo(Tokens.OFFICER);
            assertThat(signed.getCellText(4)).isEqualTo("修改");
            assertThat(signed.getCellText(5)).isEqualTo("项目");
            assertThat(signed.getCellText(6)).isEqualTo(key);
            assertThat(signed.getCellText(7)).doesNotContain("updatedAt");
            Row created = rows.get(rows.size() - 1);
            assertThat(created.getCellText(4)).isEqualTo("新建");
            assertThat(created.getCellText(7)).contains("项目编号: " + code).contains("阶段: 在谈");
        }
    }

    @Test
    void theTypesAreServedWithTheirChineseNames() {
        Api.get(Tokens.STATS, "/api/audit/types")
                .statusCode(200)
                .body("find { it.type == 'Project' }.label", equalTo("项目"))
                .body("find { it.type == 'Session' }.label", equalTo("登录"));
        Api.get(Tokens.OFFICER, "/api/audit/types").statusCode(403);
    }

    @Test
    void aDeletedRecordIsNamedByWhatItsRowSaid() {
        String code = Fixtures.uniqueCode("aud-gone");
        long id = Fixtures.unit(code, "撤并街道");
        QuarkusTransaction.requiringNew().run(() -> em.remove(em.find(io.attract.unit.Unit.class, id)));
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "责任单位", "id", id)
                .statusCode(200)
                .body("items[0].action", equalTo("DELETE"))
                .body("items[0].record", equalTo(code + " 撤并街道"))
                .body("items[0].readable.find { it.field == 'kind' }.before", equalTo("街道"));
    }
}
