package io.attract.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers as districts write them, and the ledger's month from its title or file name. */
class LedgerColumnsTest {

    private static LedgerField field(String header) {
        return LedgerColumns.recognise(header, true).field();
    }

    @Test
    void synonymsBracketsSpacesAndLineBreaksAreOneColumn() {
        assertThat(field("负责单位")).isEqualTo(LedgerField.UNIT);
        assertThat(field("属地单位")).isEqualTo(LedgerField.UNIT);
        assertThat(field("包保领导")).isEqualTo(LedgerField.SPONSOR);
        assertThat(field("联系\n领导")).isEqualTo(LedgerField.SPONSOR);
        assertThat(field("投资方所在地")).isEqualTo(LedgerField.ORIGIN);
        assertThat(field("项目来源地")).isEqualTo(LedgerField.ORIGIN);
        assertThat(field("行业（4+N）")).isEqualTo(LedgerField.INDUSTRY);
        assertThat(field("签约时间")).isEqualTo(LedgerField.SIGNED_ON);
        assertThat(field("项目基本情况/项目名称")).isEqualTo(LedgerField.NAME);
        assertThat(field("推进状态")).isNull();
    }

    @Test
    void thePeriodDecidesWhatAMoneyColumnMeans() {
        assertThat(field("当月到位资金（万元）")).isEqualTo(LedgerField.FUNDS_MONTH);
        assertThat(field("本月到位资金")).isEqualTo(LedgerField.FUNDS_MONTH);
        assertThat(field("到位资金/当月")).isEqualTo(LedgerField.FUNDS_MONTH);
        assertThat(field("到位资金（万元）/1-9月累计")).isEqualTo(LedgerField.FUNDS_YEAR);
        assertThat(field("1—11月到位资金")).isEqualTo(LedgerField.FUNDS_YEAR);
        assertThat(field("本年累计到位")).isEqualTo(LedgerField.FUNDS_YEAR);
        assertThat(field("到位资金/历年累计")).isEqualTo(LedgerField.FUNDS_ALL);
        assertThat(field("累计到位资金")).isEqualTo(LedgerField.FUNDS_ALL);
        assertThat(field("实际使用外资/当月")).isEqualTo(LedgerField.FOREIGN_USD);
        assertThat(field("1-9月实际使用外资（万美元）")).isEqualTo(LedgerField.FOREIGN_USD_YEAR);
        assertThat(field("合同外资（万美元）")).isEqualTo(LedgerField.CONTRACT_USD);
        // unqualified: year to date in a ledger that carries year-to-date funds, else the month's
        assertThat(LedgerColumns.recognise("实际使用外资（万美元）", true).field()).isEqualTo(LedgerField.FOREIGN_USD_YEAR);
        assertThat(LedgerColumns.recognise("实际使用外资（万美元）", false).field()).isEqualTo(LedgerField.FOREIGN_USD);
        Map<Integer, LedgerColumns.Recognised> sheet =
                LedgerColumns.detect(List.of("项目名称", "到位资金/当月", "到位资金/1-9月累计", "实际使用外资"), Map.of(), null);
        assertThat(sheet.get(3).field()).isEqualTo(LedgerField.FOREIGN_USD_YEAR);
        sheet = LedgerColumns.detect(List.of("项目名称", "当月到位资金", "实际使用外资"), Map.of(), null);
        assertThat(sheet.get(2).field()).isEqualTo(LedgerField.FOREIGN_USD);
    }

    @Test
    void theUnitInBracketsConvertsIntoTheColumnsUnit() {
        assertThat(LedgerColumns.recognise("总投资（亿元）", true).multiplier()).isEqualByComparingTo("10000");
        assertThat(LedgerColumns.recognise("计划总投资(万元)", true).multiplier()).isEqualByComparingTo("1");
        assertThat(LedgerColumns.recognise("总投资（元）", true).multiplier()).isEqualByComparingTo("0.0001");
        assertThat(LedgerColumns.recognise("实际使用外资（万美元）", true).multiplier()).isEqualByComparingTo("1");
        // the title's 单位：亿元 for money columns without a unit of their own
        Map<Integer, LedgerColumns.Recognised> sheet =
                LedgerColumns.detect(List.of("项目名称", "总投资", "当月到位资金（万元）"), Map.of(), "亿元");
        assertThat(sheet.get(1).multiplier()).isEqualByComparingTo("10000");
        assertThat(sheet.get(2).multiplier()).isEqualByComparingTo("1");
        assertThat(LedgerTotals.sheetUnit(List.of("某区重点项目台账", "填报单位：投促局   单位：亿元")))
                .isEqualTo("亿元");
    }

    @Test
    void aMappingChosenByTheUserWinsAndKeepsTheHeadersUnit() {
        Map<Integer, LedgerColumns.Recognised> sheet = LedgerColumns.detect(
                List.of("项目名称", "推进状态", "投资额（亿元）", "序号"),
                new java.util.HashMap<>(Map.of(1, LedgerField.STAGE, 2, LedgerField.TOTAL)),
                null);
        assertThat(sheet.get(1).field()).isEqualTo(LedgerField.STAGE);
        assertThat(sheet.get(2).field()).isEqualTo(LedgerField.TOTAL);
        assertThat(sheet.get(2).multiplier()).isEqualByComparingTo(new BigDecimal(10_000));
        assertThat(sheet.get(3).field()).isNull();
    }

    @Test
    void theMonthComesFromTheTitleElseTheFileName() {
        YearMonth now = YearMonth.of(2026, 12);
        assertThat(LedgerMonth.detect(List.of("历城区2024年1-9月重点招商项目推进台账（单位：万元）"), "台账.xlsx", now)
                        .month())
                .isEqualTo(YearMonth.of(2024, 9));
        assertThat(LedgerMonth.detect(List.of("2025年１１月份招商项目台账"), "x.xls", now).month())
                .isEqualTo(YearMonth.of(2025, 11));
        LedgerMonth.Detected byName = LedgerMonth.detect(List.of("重点项目台账"), "天桥区台账2025-10.xlsx", now);
        assertThat(byName.month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(byName.source()).isEqualTo(LedgerMonth.Source.FILE_NAME);
        assertThat(LedgerMonth.detect(List.of(), "202503台账.xls", now).month()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(LedgerMonth.detect(List.of("重点项目台账"), "台账.xlsx", now)).isNull();
        assertThat(LedgerMonth.detect(List.of("2027年1-3月计划"), "台账.xlsx", now)).isNull();
    }
}
