package io.attract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One id, one name, one definition: no two figures share a name in either language. */
class FigureCatalogueTest {

    @Test
    void namesAndIdsAreUniqueAndEveryFigureIsDefined() {
        List<Figure> all = FigureCatalogue.all();
        assertThat(all.stream().map(Figure::id)).doesNotHaveDuplicates();
        assertThat(all.stream().map(Figure::name)).doesNotHaveDuplicates();
        assertThat(all.stream().map(Figure::nameEn)).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(f -> {
            assertThat(f.id()).matches("[a-z_]+");
            assertThat(f.definition()).isNotBlank();
            assertThat(f.definitionEn()).isNotBlank();
            assertThat(f.unit()).isNotNull();
        });
        assertThat(FigureCatalogue.get(FigureCatalogue.SIGNED_PROJECTS).name()).isEqualTo("新签约项目（含已落地）");
    }
}
