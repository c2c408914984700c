package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    @Test
    void holdsTheNameItsFullPinyinAndItsInitials() {
        String keys = SearchKeys.of("济南新材料有限公司");
        assertThat(keys).isEqualTo("济南新材料有限公司|jinanxincailiaoyouxiangongsi|jnxclyxgs");
    }

    @Test
    void formerNamesAreSearchableToo() {
        String keys = SearchKeys.of("山东智造装备有限公司", "济南机床二厂");
        assertThat(keys).contains("济南机床二厂").contains("jnjcec");
    }

    @Test
    void latinLettersAndDigitsKeepTheirPlaceInTheInitials() {
        assertThat(SearchKeys.of("华为5G实验室")).contains("huawei5gshiyanshi").contains("hw5gsys");
    }

    @Test
    void queriesAreFoldedTheSameWay() {
        assertThat(SearchKeys.query(" JN XCL ")).isEqualTo("jnxcl");
        assertThat(SearchKeys.query("ＪＮ")).isEqualTo("jn");
    }

    /** Words read as words: the reading a person types, in full and as initials. */
    @ParameterizedTest
    @CsvSource({
        "中国银行股份有限公司, yinhang, zgyhgfyxgs",
        "重庆长安汽车股份有限公司, chongqingchangan, cqcaqcgfyxgs",
        "厦门航空有限公司, xiamenhangkong, xmhkyxgs",
        "长沙银行股份有限公司, changshayinhang, csyhgfyxgs",
        "乐山电力股份有限公司, leshandianli, lsdlgfyxgs",
        "朝阳区行政服务中心, chaoyangquxingzhengfuwuzhongxin, cyqxzfwzx",
        "济南重复代码有限公司, chongfu, jncfdmyxgs",
        "东阿阿胶股份有限公司, dongeejiao, deejgfyxgs",
        "绿地集团, lvdijituan, ldjt"
    })
    void wordsAreReadAsWords(String name, String full, String initials) {
        List<String> keys = List.of(SearchKeys.of(name).split("\\|"));
        assertThat(keys.get(1)).contains(full);
        assertThat(keys.get(2)).isEqualTo(initials);
    }

    @Test
    void whereAWordChangesAReadingTheCharactersOwnReadingsStayFindable() {
        // 银行 is yinhang; yinxing (行 alone) found the bank before and still does.
        assertThat(SearchKeys.of("济南银行")).isEqualTo("济南银行|jinanyinhang|jnyh|jinanyinxing|jnyx");
        // The dictionary reads 工商行政 as 工 商行 政; 行政 by its characters is xingzheng.
        assertThat(SearchKeys.of("工商行政")).contains("xingzheng");
    }

    @Test
    void aNameWithoutSuchWordsGetsOnePairOfKeys() {
        assertThat(SearchKeys.of("天桥区华瑞科技有限公司").split("\\|")).hasSize(3);
    }

    @Test
    void charactersTheLibraryCannotReadAreLeftOut() {
        assertThat(SearchKeys.of("（济南）·甲")).isEqualTo("（济南）·甲|jinanjia|jnj");
    }
}
