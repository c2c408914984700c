package io.attract.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {

    record Candidate(long id, String name) {}

    private static final List<Candidate> UNITS = List.of(
            new Candidate(1, "药山街道办事处"),
            new Candidate(2, "北园街道办事处"),
            new Candidate(3, "天桥东街道办事处"),
            new Candidate(4, "区投资促进局"),
            new Candidate(5, "区发展和改革委员会"),
            new Candidate(6, "工人新村北村街道办事处"));

    private static final List<Candidate> ZONES_AND_PARKS = List.of(
            new Candidate(11, "北部智造组团"),
            new Candidate(12, "南部组团"),
            new Candidate(13, "新能源产业园"),
            new Candidate(14, "新材料产业园区"),
            new Candidate(15, "新材料产业园二期"));

    private static List<String> suggest(String written, List<Candidate> candidates) {
        return NameSuggestions.suggest(written, candidates, Candidate::name).stream()
                .map(Candidate::name)
                .toList();
    }

    @Test
    void streetOfficesWrittenShortOrLong() {
        assertThat(suggest("北园街道", UNITS)).containsExactly("北园街道办事处");
        assertThat(suggest("天桥东街街道", UNITS)).containsExactly("天桥东街道办事处");
        assertThat(suggest(" 北园 街道办 ", UNITS)).containsExactly("北园街道办事处");
    }

    @Test
    void abbreviationsOfBureaus() {
        assertThat(suggest("投促局", UNITS)).containsExactly("区投资促进局");
        assertThat(suggest("发改委", UNITS)).containsExactly("区发展和改革委员会");
        assertThat(suggest("投资促进局", UNITS)).containsExactly("区投资促进局");
    }

    @Test
    void parksAndZonesBestFirst() {
        assertThat(suggest("新材料产业园", ZONES_AND_PARKS)).containsExactly("新材料产业园区", "新材料产业园二期");
        assertThat(suggest("北部组团", ZONES_AND_PARKS)).containsExactly("北部智造组团");
    }

    @Test
    void closeSpellings() {
        assertThat(suggest("天桥东接街道", List.of(new Candidate(1, "天桥东街街道")))).containsExactly("天桥东街街道");
        assertThat(NameSuggestions.dice("天桥东街", "天桥东接")).isGreaterThanOrEqualTo(NameSuggestions.SIMILAR);
    }

    @Test
    void sharingOnlyTheKindOfBodySuggestsNothing() {
        assertThat(suggest("北园街道", List.of(new Candidate(1, "药山街道")))).isEmpty();
        assertThat(suggest("药山街道", List.of(new Candidate(1, "北园街道办事处")))).isEmpty();
        assertThat(suggest("北部组团", List.of(new Candidate(1, "南部组团")))).isEmpty();
        assertThat(suggest("新材料产业园", List.of(new Candidate(1, "新能源产业园")))).isEmpty();
        assertThat(suggest("市场监管局", UNITS)).isEmpty();
        assertThat(suggest("", UNITS)).isEmpty();
    }

    @Test
    void atMostThree() {
        List<Candidate> many = List.of(
                new Candidate(1, "北园街道办事处"),
                new Candidate(2, "北园街道"),
                new Candidate(3, "北园街道 "),
                new Candidate(4, "北园"),
                new Candidate(5, "北园街道办"));
        assertThat(NameSuggestions.suggest("北园街道", many, Candidate::name))
                .hasSize(NameSuggestions.MAX)
                .extracting(Candidate::id)
                .startsWith(2L);
    }
}
