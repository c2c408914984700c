package io.attract.industry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndustryResourceTest {

    @Test
    void freshInstallShipsTianqiaosFourPlusN() {
        Api.get(Tokens.OFFICER, "/api/industries")
                .statusCode(200)
                .body("items.name", hasItems("新型功能材料", "智能制造装备", "特色商贸", "高端服务", "未来消费", "未来健康", "未来空天", "未来数智"))
                .body("items.find { it.code == 'new-materials' }.category", equalTo("LEADING"))
                .body("items.find { it.code == 'future-digital' }.category", equalTo("FUTURE"))
                .body("items.find { it.code == 'new-materials' }.gbt4754Codes", hasItem("C26"));
    }

    @Test
    void adminAddsRenamesRetiresAndTheHistoryTellsIt() {
        String code = Fixtures.uniqueCode("ind").toLowerCase();
        Number id = Api.create(Tokens.ADMIN, "/api/industries", request(code, "低空经济", List.of("C37")));

        Api.put(Tokens.ADMIN, "/api/industries/" + id, "\"0\"", request(code, "低空经济与通航", List.of("C37", "G56")))
                .statusCode(200)
                .body("name", equalTo("低空经济与通航"));

        Api.post(Tokens.ADMIN, "/api/industries/" + id + "/retire", "\"1\"", Map.of("retiredOn", "2026-01-01"))
                .statusCode(200)
                .body("retiredOn", equalTo("2026-01-01"));

        Api.get(Tokens.OFFICER, "/api/industries").statusCode(200).body("items.code", not(hasItem(code)));
        Api.get(Tokens.OFFICER, "/api/industries", "includeRetired", true)
                .statusCode(200)
                .body("items.code", hasItem(code));

        Api.get(Tokens.OFFICER, "/api/industries/" + id + "/history")
                .statusCode(200)
                .body("action", contains("CREATE", "UPDATE", "UPDATE"))
                .body("[1].changes.name.before", equalTo("低空经济"))
                .body("[1].changes.name.after", equalTo("低空经济与通航"))
                .body("[2].changes.retiredOn.after", equalTo("2026-01-01"))
                .body("actor", contains("admin", "admin", "admin"));

        Api.post(Tokens.ADMIN, "/api/industries/" + id + "/retire", "\"2\"", "{}")
                .statusCode(409)
                .body("code", equalTo("industry.already_retired"));
        Tokens.as(Tokens.ADMIN)
                .header("If-Match", "\"2\"")
                .post("/api/industries/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("retiredOn", equalTo(null));
    }

    @Test
    void badIndustryCodesAreFieldErrors() {
        Api.post(Tokens.ADMIN, "/api/industries", request("bad-gbt", "某产业", List.of("C26", "26X")))
                .statusCode(400)
                .body("code", equalTo("request.invalid"))
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("gbt4754Codes")));
        Api.post(Tokens.ADMIN, "/api/industries", request("new-materials", "重复", List.of()))
                .statusCode(400)
                .body("code", equalTo("industry.code_taken"));
    }

    @Test
    void onlyAdminEditsTheCatalogue() {
        Api.post(Tokens.OFFICER, "/api/industries", request("x-officer", "某产业", List.of()))
                .statusCode(403);
        Tokens.as(Tokens.LEADER)
                .header("If-Match", "\"0\"")
                .post("/api/industries/1/restore")
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> request(String code, String name, List<String> codes) {
        return Map.of("code", code, "name", name, "category", "FUTURE", "sortOrder", 9, "gbt4754Codes", codes);
    }
}
