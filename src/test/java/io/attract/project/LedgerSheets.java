package io.attract.project;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Ledger sheets for the import tests, the units they name, and uploads with exact decimals in the answers. */
final class LedgerSheets {

    /** A month safely in the past, so that no date in the tests is refused as a future one. */
    static final String MONTH = "2025-06";

    record TestUnit(long id, String code, String name) {}

    private LedgerSheets() {}

    /** Officer and unit head in a fresh unit with a unique name (returned); officer2 in another (also returned). */
    static TestUnit[] units() {
        TestUnit own = unit("ledger-own");
        TestUnit other = unit("ledger-other");
        Fixtures.assign(Tokens.OFFICER, own.id());
        Fixtures.assign(Tokens.UNIT_HEAD, own.id());
        Fixtures.assign(Tokens.OFFICER2, other.id());
        return new TestUnit[] {own, other};
    }

    private static TestUnit unit(String prefix) {
        String code = Fixtures.uniqueCode(prefix);
        String name = "台账街道" + code;
        return new TestUnit(Fixtures.unit(code, name), code, name);
    }

    /** An .xlsx whose cells are text, numbers (as Excel numbers) or dates (as Excel day numbers). */
    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("台账");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else if (value instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /**
     * Uploads a ledger and, when the import started as a job (202), waits for it: the answer is then the job's
     * result (its report) with status 200, or the job's poll when it failed; a refusal before any job as it came.
     */
    static ValidatableResponse upload(String user, String fileName, byte[] content, String month, boolean dryRun) {
        return upload(user, fileName, content, month, dryRun, null);
    }

    static ValidatableResponse upload(
            String user, String fileName, byte[] content, String month, boolean dryRun, String options) {
        var request = exact(Tokens.as(user))
                .multiPart("file", fileName, content)
                .queryParam("dryRun", dryRun)
                .queryParam("month", month);
        if (options != null) {
            // as a browser sends a form field: UTF-8 (RestAssured's default for text parts is ISO-8859-1)
            request = request.multiPart(new MultiPartSpecBuilder(options)
                    .controlName("options")
                    .charset("UTF-8")
                    .mimeType("text/plain")
                    .build());
        }
        var started = request.post("/api/projects/import").then();
        if (started.extract().statusCode() != 202) {
            return started;
        }
        String location = started.extract().header("Location");
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            ValidatableResponse poll =
                    exact(Tokens.as(user)).get(location).then().statusCode(200);
            String state = poll.extract().path("state");
            if ("FAILED".equals(state)) {
                return poll;
            }
            if ("SUCCEEDED".equals(state)) {
                return poll.log().ifValidationFails().rootPath("result");
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("ledger import " + location + " still " + state);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The wizard's preview of a sheet. */
    static ValidatableResponse preview(String user, String fileName, byte[] content) {
        return exact(Tokens.as(user))
                .multiPart("file", fileName, content)
                .post("/api/projects/import/preview")
                .then();
    }

    static ValidatableResponse get(String path, Object... query) {
        var request = exact(Tokens.as(Tokens.LEADER));
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i].toString(), query[i + 1]);
        }
        return request.get(path).then().statusCode(200);
    }

    /** The id of the one project the search finds. */
    static int projectId(String q) {
        return Api.get(Tokens.LEADER, "/api/projects", "q", q)
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static io.restassured.specification.RequestSpecification exact(
            io.restassured.specification.RequestSpecification request) {
        return request.config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }
}
