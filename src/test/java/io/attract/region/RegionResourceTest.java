package io.attract.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionResourceTest {

    @Test
    void theCodeListIsATreeOfProvincesPrefecturesAndCountiesWithItsYear() {
        String shandong = "items.find { it.code == '370000' }";
        String jinan = shandong + ".children.find { it.code == '370100' }";
        Api.get(Tokens.LEADER, "/api/regions")
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
                .body("dataYear", equalTo(2023))
                .body("items.size()", equalTo(31))
                .body(shandong + ".name", equalTo("山东省"))
                .body(jinan + ".name", equalTo("济南市"))
                .body(jinan + ".children.find { it.code == '370105' }.name", equalTo("天桥区"))
                .body(jinan + ".children.find { it.code == '370105' }", not(hasKey("children")))
                .body(jinan + ".children.size()", greaterThan(10));
    }

    @Test
    void onlyUsersOfAttractReadIt() {
        RestAssured.given().get("/api/regions").then().statusCode(401);
        Api.get(Tokens.NO_ROLE, "/api/regions").statusCode(403);
    }
}
