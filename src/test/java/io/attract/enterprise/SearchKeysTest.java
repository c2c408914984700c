package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void holdsTheNameItsFullPinyinAndItsInitials() {
        String keys = SearchKeys.of("济南新材料有限公司");
        assertThat(keys).contains("济南新材料有限公司");
        assertThat(keys).contains("jinanxincailiao");
        assertThat(keys).contains("jnxcl");
    }

    @Test
    void formerNamesAreSearchableToo() {
        String keys = SearchKeys.of("山东智造装备有限公司", "济南机床二厂");
        assertThat(keys).contains("济南机床二厂").contains("jnjcec");
    }

    @Test
    void latinLettersAndDigitsKeepTheirPlaceInTheInitials() {
        assertThat(SearchKeys.of("华为5G实验室")).contains("hw5gsys");
    }

    @Test
    void queriesAreFoldedTheSameWay() {
        assertThat(SearchKeys.query(" JN XCL ")).isEqualTo("jnxcl");
        assertThat(SearchKeys.query("ＪＮ")).isEqualTo("jn");
    }
}
