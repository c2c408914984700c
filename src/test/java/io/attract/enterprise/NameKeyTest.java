package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void legalFormsGroupMarkersBracketsAndSpacesDoNotTellFirmsApart() {
        String key = NameKey.of("济南新材料有限公司");
        assertThat(NameKey.of("济南新材料（集团）股份有限公司")).isEqualTo(key);
        assertThat(NameKey.of("济南新材料(集团)有限责任公司")).isEqualTo(key);
        assertThat(NameKey.of(" 济南 新材料 有限公司 ")).isEqualTo(key);
        assertThat(NameKey.of("济南新材料股份有限公司")).isEqualTo(key);
    }

    @Test
    void fullWidthLettersFoldToHalfWidth() {
        assertThat(NameKey.of("ＡＢＣ科技有限公司")).isEqualTo(NameKey.of("abc科技有限公司"));
    }

    @Test
    void differentFirmsKeepDifferentKeys() {
        assertThat(NameKey.of("济南新材料有限公司")).isNotEqualTo(NameKey.of("济南新能源有限公司"));
        assertThat(NameKey.of("山东重工集团有限公司")).isEqualTo("山东重工");
    }
}
