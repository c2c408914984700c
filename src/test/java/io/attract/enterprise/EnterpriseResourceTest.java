package io.attract.enterprise;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.JobPolls;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnterpriseResourceTest {

    private static Long ownUnit;

    @BeforeEach
    void officersInTwoUnits() {
        if (ownUnit != null) {
            return;
        }
        ownUnit = Fixtures.unitOf("ent-own", Tokens.OFFICER);
        Fixtures.unitOf("ent-other", Tokens.OFFICER2);
    }

    @Test
    void aWrongCheckCharacterIsAFieldErrorNeverA500() {
        Map<String, Object> body = firm("济南校验测试有限公司");
        body.put("creditCode", "914403001922038217");
        Api.post(Tokens.OFFICER, "/api/enterprises", body)
                .spec(Api.fieldError("enterprise.credit_code_invalid", "creditCode"));
    }

    @Test
    void theSameCreditCodeIsRefusedWithALinkToTheExistingFirm() {
        String code = CreditCodes.next();
        Map<String, Object> body = firm("济南重复代码有限公司");
        body.put("creditCode", code);
        int id = Api.post(Tokens.OFFICER, "/api/enterprises", body)
                .statusCode(201)
                .body("regionCode", equalTo(code.substring(2, 8)))
                .extract()
                .path("id");
        body.put("name", "另一个名字有限公司");
        body.put("creditCode", code.toLowerCase());
        Api.post(Tokens.OFFICER2, "/api/enterprises", body)
                .statusCode(409)
                .body("code", equalTo("enterprise.duplicate_credit_code"))
                .body("existingId", equalTo(id));
    }

    @Test
    void searchFindsByChinesePartPinyinInitialsFullPinyinFormerNameAndCode() {
        String tail = Fixtures.uniqueCode("").replaceAll("[^0-9]", "");
        String code = CreditCodes.next();
        Map<String, Object> body = firm("济南新材料科技有限公司" + tail);
        body.put("creditCode", code);
        body.put("formerNames", List.of("天桥化工厂" + tail));
        int id = Api.create(Tokens.OFFICER, "/api/enterprises", body);

        for (String q : List.of("新材料科技", "jnxcl", "jinanxincailiao", "天桥化工", "tqhgc", code)) {
            Api.get(Tokens.LEADER, "/api/enterprises", "q", q, "size", 200)
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        }
        Api.get(Tokens.LEADER, "/api/enterprises", "q", "xyzzy" + tail)
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void filtersByTagAndStatus() {
        Map<String, Object> gazelle = firm("瞪羚筛选测试有限公司");
        gazelle.put("tags", List.of(Map.of("tag", "GAZELLE", "listYear", 2024)));
        gazelle.put("status", "FOLLOWING");
        int id = Api.post(Tokens.OFFICER, "/api/enterprises", gazelle)
                .statusCode(201)
                .body("tags[0].listYear", equalTo(2024))
                .extract()
                .path("id");
        Api.get(Tokens.STATS, "/api/enterprises", "tag", "GAZELLE", "status", "FOLLOWING", "size", 200)
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == " + id + " }.tags.tag", contains("GAZELLE"));
        Api.get(Tokens.STATS, "/api/enterprises", "tag", "UNICORN", "size", 200)
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyTheOwningUnitSeesPhonesInFullAndEdits() {
        Map<String, Object> body = firm("联系人保密测试有限公司");
        body.put("contacts", List.of(Map.of("name", "张总", "title", "董事长", "phone", "13812345678")));
        int id = Api.post(Tokens.OFFICER, "/api/enterprises", body)
                .statusCode(201)
                .body("contacts[0].phone", equalTo("13812345678"))
                .body("canEdit", equalTo(true))
                .extract()
                .path("id");

        Api.get(Tokens.OFFICER2, "/api/enterprises/" + id)
                .statusCode(200)
                .body("contacts[0].phone", equalTo("138****5678"))
                .body("canEdit", equalTo(false))
                .body("ownerUnitId", equalTo(ownUnit.intValue()));
        Api.get(Tokens.LEADER, "/api/enterprises/" + id).body("contacts[0].phone", equalTo("138****5678"));

        body.put("name", "被别的单位改名");
        Api.put(Tokens.OFFICER2, "/api/enterprises/" + id, "\"0\"", body)
                .statusCode(403)
                .body("code", equalTo("enterprise.not_owner"));
        Api.put(Tokens.OFFICER, "/api/enterprises/" + id, "\"0\"", body)
                .statusCode(200)
                .body("name", equalTo("被别的单位改名"));
    }

    @Test
    void aBroadSearchIsNotCountedPastTheCapButANarrowOneIs() {
        String tag = "封顶" + System.nanoTime();
        StringBuilder csv = new StringBuilder("企业名称\n");
        for (int i = 0; i <= EnterpriseService.COUNT_CAP; i++) {
            csv.append(tag).append("企业").append(i).append("号有限公司\n");
        }
        String job = JobPolls.start(
                Tokens.OFFICER,
                Tokens.as(Tokens.OFFICER)
                        .multiPart(
                                "file", "many.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "/api/enterprises/import");
        JobPolls.result(Tokens.OFFICER, job).body("created", equalTo(EnterpriseService.COUNT_CAP + 1));
        Api.get(Tokens.LEADER, "/api/enterprises", "q", tag)
                .statusCode(200)
                .body("total", equalTo(null))
                .body("items", org.hamcrest.Matchers.hasSize(20));
        Api.get(Tokens.LEADER, "/api/enterprises", "q", tag + "企业100")
                .statusCode(200)
                .body("total", equalTo(2)); // 企业100号 and 企业1000号
    }

    @Test
    void theListNarrowsToAnOriginRegionByItsCodePrefixAndToAnOwnerUnit() {
        String tag = "来源筛选" + System.nanoTime();
        Map<String, Object> tianqiao = firm(tag + "天桥有限公司");
        tianqiao.put("regionCode", "370105");
        Map<String, Object> licheng = firm(tag + "历城有限公司");
        licheng.put("regionCode", "370112");
        Map<String, Object> qingdao = firm(tag + "青岛有限公司");
        qingdao.put("regionCode", "370202");
        Map<String, Object> shenzhen = firm(tag + "深圳有限公司");
        shenzhen.put("regionCode", "440300");
        for (Map<String, Object> body : List.of(tianqiao, licheng, qingdao)) {
            Api.post(Tokens.OFFICER, "/api/enterprises", body).statusCode(201);
        }
        int otherUnit = Api.post(Tokens.OFFICER2, "/api/enterprises", shenzhen)
                .statusCode(201)
                .extract()
                .path("ownerUnitId");

        java.util.function.BiFunction<String, Object, List<String>> names = (param, value) -> Tokens.as(Tokens.LEADER)
                .queryParam("q", tag)
                .queryParam(param, value)
                .queryParam("sort", "name")
                .get("/api/enterprises")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        org.assertj.core.api.Assertions.assertThat(names.apply("regionCode", "370000"))
                .hasSize(3);
        org.assertj.core.api.Assertions.assertThat(names.apply("regionCode", "370100"))
                .containsExactlyInAnyOrder(tag + "天桥有限公司", tag + "历城有限公司");
        org.assertj.core.api.Assertions.assertThat(names.apply("regionCode", "370105"))
                .containsExactly(tag + "天桥有限公司");
        org.assertj.core.api.Assertions.assertThat(names.apply("regionCode", "440000"))
                .containsExactly(tag + "深圳有限公司");
        org.assertj.core.api.Assertions.assertThat(names.apply("ownerUnitId", otherUnit))
                .containsExactly(tag + "深圳有限公司");
        org.assertj.core.api.Assertions.assertThat(names.apply("ownerUnitId", ownUnit))
                .hasSize(3);
        Api.get(Tokens.LEADER, "/api/enterprises", "q", tag, "regionCode", "370100", "ownerUnitId", otherUnit)
                .body("total", equalTo(0));
    }

    @Test
    void leadersReadButDoNotWrite() {
        Api.post(Tokens.LEADER, "/api/enterprises", firm("领导不能新增有限公司")).statusCode(403);
    }

    @Test
    void anUnknownSortIsAClearError() {
        Api.get(Tokens.OFFICER, "/api/enterprises", "sort", "password")
                .statusCode(400)
                .body("code", equalTo("request.bad_sort"));
    }

    static Map<String, Object> firm(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("status", "POOL");
        body.put("nature", "PRIVATE");
        body.put("registeredCapital", "5000.50");
        return body;
    }
}
