package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Without a read replica the report reads the primary, and its data is current as of the moment it was read. */
@QuarkusTest
class ReportDataAsOfTest {

    @Test
    void withoutAReplicaTheReportIsCurrentNow() {
        Instant before = Instant.now().minusSeconds(5);
        String asOf = Tokens.as(Tokens.STATS).get("/api/reports/monthly/2025-02").then().statusCode(200).extract()
                .path("dataAsOf");
        assertThat(Instant.parse(asOf)).isBetween(before, Instant.now().plusSeconds(5));
    }
}
