package io.attract.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #23, item 8: exports per user and minute, then a clear 429 with Retry-After. */
@QuarkusTest
class ThrottleTest {

    @Inject
    Throttle throttle;

    @BeforeEach
    void on() {
        throttle.reset(true);
    }

    @AfterEach
    void off() {
        throttle.reset(false);
    }

    private static Response export(String user) {
        return given().spec(Tokens.as(user)).get("/api/enterprises/export");
    }

    @Test
    void theEleventhExportInAMinuteWaitsAndOthersAreNotHeldUp() {
        for (int i = 1; i <= 10; i++) {
            assertThat(export(Tokens.OFFICER).statusCode()).as("export " + i).isEqualTo(200);
        }
        Response refused = export(Tokens.OFFICER);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("request.throttled");
        assertThat(refused.jsonPath().getString("detail")).contains("导出过于频繁", "秒后再试");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 6);

        assertThat(export(Tokens.OFFICER2).statusCode())
                .as("another user has a bucket of their own")
                .isEqualTo(200);
        assertThat(given().spec(Tokens.as(Tokens.OFFICER))
                        .get("/api/enterprises")
                        .statusCode())
                .as("lists are not throttled")
                .isEqualTo(200);
    }
}
