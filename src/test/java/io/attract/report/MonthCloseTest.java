package io.attract.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MonthCloseTest {

    private static final String MONTH = "2025-03";

    @Test
    void aClosedMonthKeepsItsPublishedFiguresAndShowsLaterCorrectionsAsAdjustments() {
        Fixtures.assign(Tokens.OFFICER, Fixtures.unit(Fixtures.uniqueCode("close")));
        int before = Tokens.as(Tokens.STATS).get("/api/reports/monthly/" + MONTH).then().statusCode(200)
                .body("publication.status", equalTo("OPEN")).extract().path("summary.newMonth");

        Tokens.as(Tokens.OFFICER).post("/api/reports/monthly/" + MONTH + "/close").then().statusCode(403);
        Tokens.as(Tokens.STATS).post("/api/reports/monthly/" + MONTH + "/close").then().statusCode(200)
                .body("publication.status", equalTo("CLOSED")).body("publication.closedBy", equalTo(Tokens.STATS));
        Tokens.as(Tokens.STATS).post("/api/reports/monthly/" + MONTH + "/close").then().statusCode(409)
                .body("code", equalTo("report.month_closed"));

        // A negotiation that began in March 2025, entered only now.
        Tokens.as(Tokens.OFFICER).contentType(ContentType.JSON).body(Map.of("name", "月结后补录项目", "pool", "PROMOTION",
                "stage", "NEGOTIATING", "effectiveDate", "2025-03-12")).post("/api/projects").then().statusCode(201);

        Tokens.as(Tokens.STATS).get("/api/reports/monthly/" + MONTH).then().statusCode(200)
                .body("summary.newMonth", equalTo(before))
                .body("publication.liveSummary.newMonth", equalTo(before + 1))
                .body("publication.adjustments.projectName", hasItem("月结后补录项目"))
                .body("publication.adjustments.find { it.projectName == '月结后补录项目' }.recordedBy",
                        equalTo(Tokens.OFFICER));

        Tokens.as(Tokens.STATS).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/reports/monthly/" + MONTH + "/reopen").then().statusCode(403);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "市统计局要求按补录数据重报"))
                .post("/api/reports/monthly/" + MONTH + "/reopen").then().statusCode(200)
                .body("publication.status", equalTo("OPEN")).body("summary.newMonth", equalTo(before + 1));
    }

    @Test
    void aMonthThatIsNotOverCannotBeClosed() {
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Tokens.as(Tokens.STATS).post("/api/reports/monthly/" + thisMonth + "/close").then().statusCode(400)
                .body("code", equalTo("report.month_not_over"));
    }
}
