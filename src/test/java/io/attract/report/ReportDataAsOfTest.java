package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Without a read replica the report reads the primary, and its data is current as of the moment it was read: the
 * JSON says when, the .xlsx of a month still open says it in its title (数据截至 yyyy-MM-dd HH:mm, Beijing time).
 */
@QuarkusTest
class ReportDataAsOfTest {

    @Test
    void withoutAReplicaTheReportIsCurrentNow() throws IOException {
        Instant before = Instant.now().minusSeconds(5);
        String asOf = Api.get(Tokens.STATS, "/api/reports/monthly/2025-02")
                .statusCode(200)
                .extract()
                .path("dataAsOf");
        assertThat(Instant.parse(asOf)).isBetween(before, Instant.now().plusSeconds(5));

        byte[] xlsx = Api.download(Tokens.STATS, "/api/reports/monthly/2025-02.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row title = workbook.getFirstSheet().read().get(0);
            assertThat(title.getCellText(0)).matches(".*（统计截至 2025-02-28，数据截至 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）");
        }
    }
}
