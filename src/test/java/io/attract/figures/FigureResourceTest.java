package io.attract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FigureResourceTest {

    @Test
    void everyRoleReadsTheCatalogueWithBothLanguages() {
        for (String user : List.of(Tokens.OFFICER, Tokens.UNIT_HEAD, Tokens.LEADER, Tokens.STATS, Tokens.ADMIN)) {
            Api.get(user, "/api/figures")
                    .statusCode(200)
                    .body("size()", equalTo(FigureCatalogue.all().size()))
                    .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"));
        }
        List<Map<String, Object>> figures = Api.get(Tokens.LEADER, "/api/figures")
                .statusCode(200)
                .body("find { it.id == 'funds' }.name", equalTo("到位资金"))
                .body("find { it.id == 'funds' }.unit", equalTo("CNY_10K"))
                .body("find { it.id == 'signed_projects' }.name", equalTo("新签约项目（含已落地）"))
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(figures)
                .allSatisfy(f -> assertThat(f)
                        .containsOnlyKeys("id", "name", "nameEn", "definition", "definitionEn", "unit")
                        .allSatisfy((k, v) -> assertThat(v).as(k).isNotNull()));
    }

    @Test
    void onlyUsersOfAttractReadIt() {
        RestAssured.given().get("/api/figures").then().statusCode(401);
        Api.get(Tokens.NO_ROLE, "/api/figures").statusCode(403);
    }
}
