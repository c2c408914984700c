package io.attract.space;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpaceResourceTest {

    @Test
    void adminLaysOutZoneParkAndCarrierThatOfficersFindByIndustryAndRoom() {
        int zoneId = Api.post(
                        Tokens.ADMIN,
                        "/api/zones",
                        Map.of(
                                "code",
                                Fixtures.uniqueCode("zone").toLowerCase(),
                                "name",
                                "测试组团",
                                "kind",
                                "CLUSTER",
                                "sortOrder",
                                3))
                .statusCode(201)
                .body("kind", equalTo("CLUSTER"))
                .extract()
                .path("id");
        int parkId = Api.post(
                        Tokens.ADMIN,
                        "/api/parks",
                        Map.of(
                                "code",
                                Fixtures.uniqueCode("park").toLowerCase(),
                                "name",
                                "测试园区",
                                "zoneId",
                                zoneId,
                                "status",
                                "OPERATING"))
                .statusCode(201)
                .body("zone.id", equalTo(zoneId))
                .extract()
                .path("id");
        int materials = Api.get(Tokens.OFFICER, "/api/industries")
                .statusCode(200)
                .extract()
                .path("items.find { it.code == 'new-materials' }.id");

        int big = site(parkId, "大厂房", "20000", "15000.50", List.of(materials));
        int small = site(parkId, "小厂房", "3000", "200", List.of(materials));
        site(parkId, "无关楼宇", "5000", "5000", List.of());

        Api.get(Tokens.OFFICER, "/api/sites", "parkId", parkId, "industryId", materials, "minFreeArea", "1000")
                .statusCode(200)
                .body("items.id", contains(big))
                .body("items[0].freeAreaSqm", equalTo(15000.50f))
                .body("items[0].zone.id", equalTo(zoneId))
                .body("items[0].suitableIndustries.name", contains("新型功能材料"));
        Api.get(Tokens.OFFICER, "/api/sites", "parkId", parkId, "industryId", materials)
                .statusCode(200)
                .body("items.id", contains(big, small));
    }

    @Test
    void freeAreaCannotExceedTheWhole() {
        Map<String, Object> body = siteBody(null, "超面积", "100", "150", List.of());
        Api.post(Tokens.ADMIN, "/api/sites", body).spec(Api.fieldError("site.free_exceeds_area", "freeAreaSqm"));
    }

    @Test
    void unknownIndustryOrParkIsAFieldError() {
        Api.post(Tokens.ADMIN, "/api/sites", siteBody(null, "x", "10", "1", List.of(999999999)))
                .statusCode(400)
                .body("violations[0].field", equalTo("suitableIndustryIds"));
        Api.post(Tokens.ADMIN, "/api/sites", siteBody(999999999, "x", "10", "1", List.of()))
                .statusCode(400)
                .body("code", equalTo("park.not_found"));
    }

    @Test
    void officersReadButDoNotEditSpace() {
        Api.get(Tokens.OFFICER, "/api/zones").statusCode(200);
        Api.get(Tokens.OFFICER, "/api/parks").statusCode(200);
        Api.post(
                        Tokens.OFFICER,
                        "/api/zones",
                        Map.of("code", "officer-zone", "name", "x", "kind", "AXIS", "sortOrder", 0))
                .statusCode(403);
    }

    @Test
    void renamingAZoneNeedsItsVersion() {
        String code = Fixtures.uniqueCode("z").toLowerCase();
        int id = Api.create(
                Tokens.ADMIN, "/api/zones", Map.of("code", code, "name", "旧名", "kind", "BELT", "sortOrder", 0));
        Map<String, Object> renamed = Map.of("code", code, "name", "新名", "kind", "BELT", "sortOrder", 0);
        Api.put(Tokens.ADMIN, "/api/zones/" + id, renamed).statusCode(428);
        Api.put(Tokens.ADMIN, "/api/zones/" + id, "\"0\"", renamed)
                .statusCode(200)
                .body("name", equalTo("新名"));
        Api.get(Tokens.OFFICER, "/api/zones").body("items.name", hasItem("新名")).body("items.name", not(hasItem("旧名")));
    }

    private static int site(int parkId, String name, String area, String free, List<Integer> industries) {
        return Api.create(Tokens.ADMIN, "/api/sites", siteBody(parkId, name, area, free, industries));
    }

    private static Map<String, Object> siteBody(
            Integer parkId, String name, String area, String free, List<Integer> industries) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "FACTORY");
        body.put("parkId", parkId);
        body.put("areaSqm", area);
        body.put("freeAreaSqm", free);
        body.put("suitableIndustryIds", industries);
        return body;
    }
}
