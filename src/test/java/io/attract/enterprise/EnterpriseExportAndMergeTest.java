package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.OncePerClass;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnterpriseExportAndMergeTest {

    @BeforeEach
    void officersInTwoUnits() {
        OncePerClass.run(getClass(), "officers in two units", () -> {
            Fixtures.unitOf("exp-own", Tokens.OFFICER);
            Fixtures.unitOf("exp-other", Tokens.OFFICER2);
        });
    }

    @Test
    void exportWritesTheFilteredListWithFormulasNeutralised() throws Exception {
        String marker = "导出" + System.nanoTime();
        create("=HYPERLINK(\"http://x\")" + marker, List.of());
        create(marker + "正常企业有限公司", List.of());

        byte[] xlsx = Api.get(Tokens.STATS, "/api/enterprises/export", "q", marker)
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("企业名称");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("统一社会信用代码");
            assertThat(rows).hasSize(3);
            List<String> names =
                    rows.stream().skip(1).map(r -> r.getCellText(0)).toList();
            assertThat(names).contains("'=HYPERLINK(\"http://x\")" + marker, marker + "正常企业有限公司");
            Row plain = rows.stream()
                    .filter(r -> r.getCellText(0).startsWith(marker))
                    .findFirst()
                    .orElseThrow();
            assertThat(plain.getCell(8).getType()).isEqualTo(CellType.NUMBER);
            assertThat(new BigDecimal(plain.getCellText(8))).isEqualByComparingTo("5000.5");
        }
    }

    @Test
    void mergeKeepsNamesTagsAndContactsOfBothAndTheTrailSaysWho() {
        String base = "合并测试" + (System.nanoTime() % 100000);
        int survivor = create(base + "有限公司", List.of(Map.of("name", "王总", "phone", "13800000001")));
        int other = create(base + "（集团）股份有限公司", List.of(Map.of("name", "李总", "phone", "13800000002")));

        Api.get(Tokens.OFFICER, "/api/enterprises/duplicates", "limit", 500)
                .statusCode(200)
                .body("firms.id.flatten()", hasItems(survivor, other));

        Api.post(Tokens.OFFICER2, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", other))
                .statusCode(403);
        Api.post(Tokens.OFFICER, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", other))
                .statusCode(200)
                .body("formerNames", hasItem(base + "（集团）股份有限公司"))
                .body("contacts.name", hasItems("王总", "李总"));

        Api.get(Tokens.OFFICER, "/api/enterprises", "q", base)
                .body("items.id", hasItem(survivor))
                .body("items.id", not(hasItem(other)));
        Api.get(Tokens.OFFICER, "/api/enterprises/duplicates", "limit", 500)
                .body("firms.id.flatten()", not(hasItem(other)));
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Enterprise", "id", other)
                .statusCode(200)
                .body("items[0].actor", equalTo("officer"))
                .body("items[0].changes.mergedInto.after.ref", equalTo(survivor));
    }

    @Test
    void firmsWithDifferentCreditCodesAreNotMerged() {
        Map<String, Object> a = EnterpriseResourceTest.firm("代码不同甲有限公司");
        a.put("creditCode", CreditCodes.next());
        Map<String, Object> b = EnterpriseResourceTest.firm("代码不同甲股份有限公司");
        b.put("creditCode", CreditCodes.next());
        int first = Api.create(Tokens.OFFICER, "/api/enterprises", a);
        int second = Api.create(Tokens.OFFICER, "/api/enterprises", b);
        Api.post(Tokens.OFFICER, "/api/enterprises/" + first + "/merge", "\"0\"", Map.of("otherId", second))
                .statusCode(409)
                .body("code", equalTo("enterprise.merge_codes_differ"));
    }

    private static int create(String name, List<Map<String, String>> contacts) {
        Map<String, Object> body = EnterpriseResourceTest.firm(name);
        body.put("contacts", contacts);
        return Api.create(Tokens.OFFICER, "/api/enterprises", body);
    }
}
