package io.attract.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #23, item 5: a log line written while serving a request names the request, the caller and the address. */
@QuarkusTest
class RequestLogContextTest {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("io.attract.security").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("io.attract.security").removeHandler(capture);
    }

    @Test
    void aRefusedRequestIsLoggedWithItsIdCallerAndAddress() {
        String id = given().spec(Tokens.as(Tokens.OFFICER))
                .contentType("application/json")
                .body(Map.of("code", "log-test", "name", "日志测试", "kind", "STREET"))
                .post("/api/units")
                .then()
                .statusCode(403)
                .extract()
                .header(RequestLogContext.HEADER);
        assertThat(id).as("every answer names its request").isNotBlank();

        ExtLogRecord refused = records.stream()
                .filter(r -> id.equals(r.getMdc("requestId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no security log line for request " + id + ": " + records));
        assertThat(refused.getFormattedMessage()).isEqualTo("refused POST /api/units: 403");
        assertThat(refused.getMdc("user")).isEqualTo(Tokens.OFFICER);
        assertThat(refused.getMdc("remote")).isEqualTo("127.0.0.1");
    }

    @Test
    void aPlainRequestIdFromTheProxyIsKeptAndAnyOtherReplaced() {
        given().header(RequestLogContext.HEADER, "edge-4f2a9c01")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header(RequestLogContext.HEADER, "edge-4f2a9c01");
        String replaced = given().header(RequestLogContext.HEADER, "bad id\nforged: line")
                .get("/api/me")
                .then()
                .statusCode(401)
                .extract()
                .header(RequestLogContext.HEADER);
        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getMdc("requestId")).isEqualTo("edge-4f2a9c01");
            assertThat(r.getFormattedMessage()).isEqualTo("refused GET /api/me: 401");
        });
    }
}
