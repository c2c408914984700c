package io.attract.project;

import static io.attract.project.LedgerSheets.MONTH;
import static io.attract.project.LedgerSheets.uploadWaiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.attract.enterprise.CreditCodes;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A district's whole ledger (5,000 rows, each a new project with a new investor) imports within 30 seconds. */
@QuarkusTest
class ProjectLedgerImportPerfTest {

    static final int ROWS = 5000;

    @Test
    void fiveThousandRowsImportWithinThirtySeconds() {
        LedgerSheets.TestUnit unit = LedgerSheets.units()[0];
        String tag = "批量" + System.nanoTime();
        StringBuilder csv = new StringBuilder("项目名称,阶段,投资方,统一社会信用代码,来源层级,首谈日期,签约日期,"
                + "总投资(万元),当月到位资金(万元),当年累计到位(万元),历年累计到位(万元),责任单位,本月进展,下步计划\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(tag).append("项目").append(i).append(",签约,").append(tag).append("投资").append(i)
                    .append("有限公司,").append(CreditCodes.next()).append(",省外,2025-01-05,2025-04-0")
                    .append(1 + i % 9).append(",").append(1000 + i).append(".5,12.3456,100.1,").append(500 + i)
                    .append(",").append(unit.code()).append(",本月完成第").append(i).append("项工作,继续推进\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);

        long dryStart = System.nanoTime();
        uploadWaiting(Tokens.OFFICER, "big.csv", content, MONTH, true).statusCode(200)
                .body("status", equalTo("VALID")).body("created", equalTo(ROWS));
        long dryMillis = (System.nanoTime() - dryStart) / 1_000_000;

        long start = System.nanoTime();
        uploadWaiting(Tokens.OFFICER, "big.csv", content, MONTH, false).statusCode(200)
                .body("status", equalTo("APPLIED")).body("created", equalTo(ROWS));
        long millis = (System.nanoTime() - start) / 1_000_000;

        long againStart = System.nanoTime();
        uploadWaiting(Tokens.OFFICER, "big.csv", content, MONTH, false).statusCode(200)
                .body("unchanged", equalTo(ROWS));
        long againMillis = (System.nanoTime() - againStart) / 1_000_000;

        System.out.printf("ledger import of %d rows: dry run %d ms, import %d ms, re-import %d ms%n", ROWS, dryMillis,
                millis, againMillis);
        assertThat(millis).as("import of %d rows in ms", ROWS).isLessThan(30_000);
        assertThat(againMillis).as("re-import of %d rows in ms", ROWS).isLessThan(30_000);
    }
}
