package io.attract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How ledger cells are read: dates as typed or as Excel keeps them, exact amounts, labels and headers. */
class ProjectLedgerValuesTest {

    @Test
    void datesAsDistrictsTypeThemOrAsExcelStoresThem() {
        LocalDate expected = LocalDate.of(2025, 1, 1);
        for (String text : List.of(
                "2025-01-01",
                "2025-1-1",
                "2025/1/1",
                "2025年1月1日",
                "2025.1.1",
                "20250101",
                "45658",
                "45658.75",
                "2025-01-01 00:00:00",
                "２０２５－１－１")) {
            assertThat(LedgerValues.date(text)).as(text).isEqualTo(expected);
        }
        assertThatThrownBy(() -> LedgerValues.date("2025-02-30")).hasMessageContaining("不是有效的日期");
        assertThatThrownBy(() -> LedgerValues.date("明年")).hasMessageContaining("2026年3月5日");
    }

    @Test
    void stagesAndKeyProjectsAsDistrictsDescribeThem() {
        assertThat(LedgerValues.stage("已签约未开工")).isEqualTo(ProjectStage.SIGNED);
        assertThat(LedgerValues.stage("正在办理注册手续")).isEqualTo(ProjectStage.REGISTERED);
        assertThat(LedgerValues.stage("前期对接")).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(LedgerValues.stage("拟签约")).isEqualTo(ProjectStage.NEGOTIATING);
        assertThatThrownBy(() -> LedgerValues.stage("待开工")).hasMessageContaining("无法识别");
        assertThat(LedgerValues.stage("已竣工投产")).isEqualTo(ProjectStage.OPERATING);
        assertThat(LedgerValues.stage("在建")).isEqualTo(ProjectStage.CONSTRUCTION);
        assertThat(LedgerValues.stage("注册（落地）")).isEqualTo(ProjectStage.REGISTERED);
        assertThatThrownBy(() -> LedgerValues.stage("待定")).hasMessageContaining("“待定”无法识别");
        assertThat(LedgerValues.keyProject("省重点")).isTrue();
        assertThat(LedgerValues.keyProject("市级重点项目")).isTrue();
        assertThat(LedgerValues.keyProject("非重点")).isFalse();
        assertThat(LedgerValues.keyProject("√")).isTrue();
        assertThatThrownBy(() -> LedgerValues.keyProject("一般")).hasMessageContaining("无法识别");
    }

    @Test
    void aMonthWithoutADayIsItsFirstDay() {
        assertThat(LedgerValues.date("2024年3月")).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
        assertThat(LedgerValues.date("2024.3")).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
        assertThat(LedgerValues.date("２０２４年１１月份")).isEqualTo(java.time.LocalDate.of(2024, 11, 1));
        assertThat(LedgerValues.date("2024.3.6")).isEqualTo(java.time.LocalDate.of(2024, 3, 6));
        assertThat(LedgerValues.date("45366")).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
    }

    @Test
    void amountsAreExactDecimalsNeverNegativeAndAtMostFourPlaces() {
        assertThat(LedgerValues.amount("1,000.30")).isEqualTo(new BigDecimal("1000.3"));
        assertThat(LedgerValues.amount("１２.５")).isEqualTo(new BigDecimal("12.5"));
        assertThat(LedgerValues.amount("500")).isEqualTo(new BigDecimal("500"));
        // what a spreadsheet formula leaves behind is binary noise, not a fifth decimal
        assertThat(LedgerValues.amount("0.30000000000000004")).isEqualTo(new BigDecimal("0.3"));
        assertThatThrownBy(() -> LedgerValues.amount("1.23456")).hasMessageContaining("4 位小数");
        assertThatThrownBy(() -> LedgerValues.amount("-5")).hasMessageContaining("负数");
        assertThatThrownBy(() -> LedgerValues.amount("五百")).hasMessageContaining("不是数字");
        // a cell may name its own unit; the header's unit converts the rest into the column's (万元)
        assertThat(LedgerValues.amount("500万元")).isEqualTo(new BigDecimal("500"));
        assertThat(LedgerValues.amount("2.5亿元")).isEqualTo(new BigDecimal("25000"));
        assertThat(LedgerValues.amount("３０００元")).isEqualTo(new BigDecimal("0.3"));
        assertThat(LedgerValues.amount("1.2", new BigDecimal(10_000), "万元")).isEqualTo(new BigDecimal("12000"));
        assertThat(LedgerValues.amount("1.23456", new BigDecimal(10_000), "万元")).isEqualTo(new BigDecimal("12345.6"));
        assertThatThrownBy(() -> LedgerValues.amount("100万元", BigDecimal.ONE, "万美元"))
                .hasMessageContaining("单位");
        assertThat(LedgerValues.saysNothing("—")).isTrue();
        assertThat(LedgerValues.saysNothing("无")).isTrue();
    }

    @Test
    void labelsAndHeadersMatchAfterFoldingFullWidthCharacters() {
        assertThat(LedgerValues.choice("注册（落地）", LedgerValues.STAGES, "")).isEqualTo(ProjectStage.REGISTERED);
        assertThat(LedgerValues.choice("投产/运营", LedgerValues.STAGES, "")).isEqualTo(ProjectStage.OPERATING);
        assertThat(LedgerValues.choice("基金招商", LedgerValues.METHODS, "")).isEqualTo("AGENCY_FUND");
        assertThat(LedgerValues.choice("洽谈中", LedgerValues.STAGES, "")).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(LedgerValues.choice("√", LedgerValues.YES_NO, "")).isTrue();
        assertThatThrownBy(() -> LedgerValues.choice("考察中", LedgerValues.STAGES, LedgerValues.STAGE_HINT))
                .hasMessageContaining("“考察中”无法识别");
        LedgerColumns.Headers headers =
                LedgerColumns.match(List.of("序号", " 行业（4+n） ", "园区／载体", "项目\n名称", "阶段", "责任单位", "备注", "项目类型"));
        assertThat(headers.rawByColumn())
                .containsKeys(LedgerColumns.INDUSTRY, LedgerColumns.PARK_OR_SITE, LedgerColumns.NAME);
        assertThat(headers.errors()).isEmpty();
        assertThat(headers.warnings()).extracting(w -> w.column()).containsExactly("项目类型");
    }
}
