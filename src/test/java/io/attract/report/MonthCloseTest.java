package io.attract.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.attract.support.WithoutConfirmation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MonthCloseTest implements WithoutConfirmation {

    private static final String MONTH = "2025-03";

    @Test
    void aClosedMonthKeepsItsPublishedFiguresAndShowsLaterCorrectionsAsAdjustments() {
        Fixtures.assign(Tokens.OFFICER, Fixtures.unit(Fixtures.uniqueCode("close")));
        int before = Api.get(Tokens.STATS, "/api/reports/monthly/" + MONTH)
                .statusCode(200)
                .body("publication.status", equalTo("OPEN"))
                .extract()
                .path("summary.newMonth");

        Tokens.as(Tokens.OFFICER)
                .post("/api/reports/monthly/" + MONTH + "/close")
                .then()
                .statusCode(403);
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + MONTH + "/close")
                .then()
                .statusCode(200)
                .body("publication.status", equalTo("CLOSED"))
                .body("publication.closedBy", equalTo(Tokens.STATS))
                .body("publication.closedByName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + MONTH + "/close")
                .then()
                .statusCode(409)
                .body("code", equalTo("report.month_closed"));

        // A negotiation that began in March 2025, entered only now.
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects",
                        Map.of(
                                "name",
                                "月结后补录项目",
                                "pool",
                                "PROMOTION",
                                "stage",
                                "NEGOTIATING",
                                "effectiveDate",
                                "2025-03-12"))
                .statusCode(201);

        Api.get(Tokens.STATS, "/api/reports/monthly/" + MONTH)
                .statusCode(200)
                .body("summary.newMonth", equalTo(before))
                .body("publication.liveSummary.newMonth", equalTo(before + 1))
                .body("publication.adjustments.projectName", hasItem("月结后补录项目"))
                .body(
                        "publication.adjustments.find { it.projectName == '月结后补录项目' }.recordedBy",
                        equalTo(Tokens.OFFICER));

        Api.post(Tokens.STATS, "/api/reports/monthly/" + MONTH + "/reopen", Map.of("reason", "x"))
                .statusCode(403);
        Api.post(Tokens.ADMIN, "/api/reports/monthly/" + MONTH + "/reopen", Map.of("reason", "市统计局要求按补录数据重报"))
                .statusCode(200)
                .body("publication.status", equalTo("OPEN"))
                .body("summary.newMonth", equalTo(before + 1));
    }

    @Inject
    EntityManager em;

    /**
     * Closing freezes the targets as they stood; a month published before targets existed (its snapshot without the
     * target fields) still answers as published, in JSON, .xlsx and PDF.
     */
    @Test
    void aClosedMonthKeepsItsTargetsAndOneClosedBeforeTargetsExistedStillReads() {
        String month = "2024-05";
        long unit = Fixtures.unit(Fixtures.uniqueCode("close-tgt"));
        String version = Api.get(Tokens.ADMIN, "/api/targets", "year", 2024)
                .statusCode(200)
                .extract()
                .header("ETag");
        String saved = Tokens.as(Tokens.ADMIN)
                .contentType(ContentType.JSON)
                .queryParam("year", 2024)
                .header("If-Match", version)
                .body(Map.of("units", List.of(Map.of("unitId", unit, "targets", Map.of("SIGNED", 6, "FUNDS", "1000")))))
                .put("/api/targets")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + month + "/close")
                .then()
                .statusCode(200)
                .body("targets.lines.find { it.metric == 'SIGNED' }.target", equalTo(6));
        try {
            // Targets changed after the close: the published month keeps the old ones.
            Tokens.as(Tokens.ADMIN)
                    .contentType(ContentType.JSON)
                    .queryParam("year", 2024)
                    .header("If-Match", saved)
                    .body(Map.of("units", List.of(Map.of("unitId", unit, "targets", Map.of("SIGNED", 9)))))
                    .put("/api/targets")
                    .then()
                    .statusCode(200);
            Api.get(Tokens.STATS, "/api/reports/monthly/" + month)
                    .statusCode(200)
                    .body("targets.lines.find { it.metric == 'SIGNED' }.target", equalTo(6))
                    .body(
                            "byUnit.find { it.id == " + unit + " }.targets.find { it.metric == 'FUNDS' }.target",
                            equalTo(1000.0f));

            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(OLD_FORMAT)
                            .setParameter("month", month)
                            .executeUpdate());
            Api.get(Tokens.STATS, "/api/reports/monthly/" + month)
                    .statusCode(200)
                    .body("publication.status", equalTo("CLOSED"))
                    .body("targets", nullValue())
                    .body("byUnit.find { it.id == " + unit + " }.targets", nullValue());
            Api.get(Tokens.STATS, "/api/reports/monthly/" + month + ".xlsx").statusCode(200);
            Api.get(Tokens.STATS, "/api/reports/monthly/" + month + ".pdf").statusCode(200);
        } finally {
            Api.post(Tokens.ADMIN, "/api/reports/monthly/" + month + "/reopen", Map.of("reason", "测试结束"))
                    .statusCode(200);
        }
    }

    /** Takes the target fields out of a stored snapshot: what months closed before targets existed look like. */
    private static final String OLD_FORMAT = "update report_month_close set snapshot = (snapshot - 'targets')"
            + " || jsonb_build_object('byUnit', coalesce((select jsonb_agg(g - 'targets')"
            + " from jsonb_array_elements(snapshot -> 'byUnit') g), '[]'::jsonb)) where month = :month";

    @Test
    void aMonthThatIsNotOverCannotBeClosed() {
        String thisMonth =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Tokens.as(Tokens.STATS)
                .post("/api/reports/monthly/" + thisMonth + "/close")
                .then()
                .statusCode(400)
                .body("code", equalTo("report.month_not_over"));
    }
}
