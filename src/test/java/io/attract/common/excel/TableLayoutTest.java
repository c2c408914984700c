package io.attract.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attract.common.error.ApiException;
import io.attract.common.excel.WorkbookReader.GridRow;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table found in sheets made by hand: titles, numbering rows, section headings, totals and notes. */
class TableLayoutTest {

    private static final TableLayout.Vocabulary WORDS = new TableLayout.Vocabulary() {
        private final Set<String> known = Set.of("序号", "项目名称", "阶段", "责任单位", "到位资金/当月", "到位资金/累计");

        @Override
        public boolean knows(String header) {
            return known.contains(header.replaceAll("\\s+", ""));
        }

        @Override
        public boolean subHeader(String text) {
            return text.equals("当月") || text.equals("累计");
        }
    };

    private static TableLayout.Table csv(String text, Charset charset) {
        return TableLayout.find(WorkbookReader.read("台账.csv", text.getBytes(charset)), null, WORDS);
    }

    @Test
    void titleRowsTwoRowHeaderSectionsTotalsAndNotesAreToldApart() {
        TableLayout.Table t = csv("""
                某区2025年1-6月重点项目台账,,,,,
                ,,,,,单位：万元
                序号,项目名称,阶段,责任单位,到位资金,
                ,,,,当月,累计
                1,2,3,4,5,6
                一、先进制造业,,,,,
                1,甲项目,签约,北园街道,10,30
                小计,,,,10,30
                二、现代服务业,,,,,
                2,乙项目,在谈,药山街道,,
                合计,,,,10,30

                填报人：张三,,审核人：李四,,,
                注：本表不含已终止项目。,,,,,
                """, Charset.forName("GB18030"));
        assertThat(t.title()).isEqualTo("某区2025年1-6月重点项目台账");
        assertThat(t.above()).contains("单位：万元");
        assertThat(t.headerRows()).containsExactly(3, 4);
        assertThat(t.headers()).containsExactly("序号", "项目名称", "阶段", "责任单位", "到位资金/当月", "到位资金/累计");
        assertThat(t.rows()).extracting(GridRow::number).containsExactly(7, 10);
        assertThat(t.skipped())
                .extracting(s -> s.row() + " " + s.reason())
                .containsExactly(
                        "5 列序号行",
                        "6 分组标题行（一、先进制造业）",
                        "8 合计行",
                        "9 分组标题行（二、现代服务业）",
                        "11 合计行",
                        "13 表尾说明（填报人:张三）",
                        "14 表尾说明（注:本表不含已终止项目。）");
        assertThat(t.totals()).extracting(GridRow::number).containsExactly(8, 11);
    }

    @Test
    void withoutAKnownHeaderTheFirstRowIsTheHeaderAndAnEmptyFileIsRefused() {
        TableLayout.Table t = csv("随便,一些,文字\n1,某公司,3\n", StandardCharsets.UTF_8);
        assertThat(t.headerRows()).containsExactly(1);
        assertThat(t.headers()).containsExactly("随便", "一些", "文字");
        assertThat(t.rows()).hasSize(1);
        assertThatThrownBy(() -> csv("\n,,\n", StandardCharsets.UTF_8))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("空的");
    }

    @Test
    void aHeaderAloneIsATableWithoutRows() {
        TableLayout.Table t = csv("项目名称,阶段,责任单位\n", StandardCharsets.UTF_8);
        assertThat(t.headerRows()).containsExactly(1);
        assertThat(t.rows()).isEmpty();
        assertThat(List.of(t.sheet())).containsExactly("台账");
    }
}
