package io.attract.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.chain.CandidateRanking.Candidate;
import io.attract.chain.CandidateRanking.Ranked;
import io.attract.chain.CandidateRanking.Reason;
import io.attract.chain.CandidateRanking.ReasonKind;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTagCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static Candidate firm(
            long id,
            String name,
            List<EnterpriseTagCode> tags,
            String capital,
            int visits,
            boolean openLead,
            EnterpriseStatus status) {
        return new Candidate(
                id, name, tags, capital == null ? null : new BigDecimal(capital), visits, openLead, status);
    }

    private static Candidate plain(long id, String name, String capital) {
        return firm(id, name, List.of(), capital, 0, false, EnterpriseStatus.POOL);
    }

    @Test
    void eachTagHasItsPoints() {
        Ranked r = CandidateRanking.score(firm(
                1,
                "甲",
                List.of(EnterpriseTagCode.GAZELLE, EnterpriseTagCode.HIGH_TECH),
                null,
                0,
                false,
                EnterpriseStatus.POOL));
        assertThat(r.score()).isEqualTo(17);
        assertThat(r.reasons())
                .containsExactly(
                        new Reason(ReasonKind.TAG, 12, EnterpriseTagCode.GAZELLE, null, null),
                        new Reason(ReasonKind.TAG, 5, EnterpriseTagCode.HIGH_TECH, null, null));
    }

    @Test
    void tagPointsAreCappedAtFortyAndTheReasonsAddUpToTheScore() {
        Ranked r = CandidateRanking.score(firm(
                1,
                "甲",
                List.of(EnterpriseTagCode.SRDI, EnterpriseTagCode.CHAIN_LEADER, EnterpriseTagCode.FORTUNE_500),
                null,
                0,
                false,
                EnterpriseStatus.POOL));
        assertThat(r.score()).isEqualTo(40);
        // Largest first: 链主 30, then 世界500强 trimmed to the 10 left; 专精特新 gets nothing and is not listed.
        assertThat(r.reasons())
                .containsExactly(
                        new Reason(ReasonKind.TAG, 30, EnterpriseTagCode.CHAIN_LEADER, null, null),
                        new Reason(ReasonKind.TAG, 10, EnterpriseTagCode.FORTUNE_500, null, null));
        assertThat(r.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(r.score());
    }

    @Test
    void capitalBands() {
        assertThat(CandidateRanking.capitalPoints(null)).isZero();
        assertThat(CandidateRanking.capitalPoints(BigDecimal.ZERO)).isZero();
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("0.5"))).isEqualTo(4);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("999.9999"))).isEqualTo(4);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("1000"))).isEqualTo(10);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("9999"))).isEqualTo(10);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("10000"))).isEqualTo(18);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("99999.9"))).isEqualTo(18);
        assertThat(CandidateRanking.capitalPoints(new BigDecimal("100000"))).isEqualTo(25);
        Ranked r = CandidateRanking.score(plain(1, "甲", "20000"));
        assertThat(r.reasons())
                .containsExactly(new Reason(ReasonKind.CAPITAL, 18, null, new BigDecimal("20000"), null));
    }

    @Test
    void visitsCountSixEachUpToTwentyFour() {
        assertThat(CandidateRanking.score(firm(1, "甲", List.of(), null, 1, false, EnterpriseStatus.POOL))
                        .score())
                .isEqualTo(6);
        assertThat(CandidateRanking.score(firm(1, "甲", List.of(), null, 4, false, EnterpriseStatus.POOL))
                        .score())
                .isEqualTo(24);
        Ranked many = CandidateRanking.score(firm(1, "甲", List.of(), null, 9, false, EnterpriseStatus.POOL));
        assertThat(many.score()).isEqualTo(24);
        assertThat(many.reasons()).containsExactly(new Reason(ReasonKind.VISITS, 24, null, null, 9));
    }

    @Test
    void anOpenLeadAndFollowingStatusAddTheirPoints() {
        Ranked r = CandidateRanking.score(firm(1, "甲", List.of(), null, 0, true, EnterpriseStatus.FOLLOWING));
        assertThat(r.score()).isEqualTo(11);
        assertThat(r.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.OPEN_LEAD, ReasonKind.FOLLOWING);
        assertThat(CandidateRanking.score(firm(1, "甲", List.of(), null, 0, false, EnterpriseStatus.CONVERTED))
                        .score())
                .isZero();
    }

    @Test
    void everythingTogetherReachesAtMostAHundred() {
        Ranked r = CandidateRanking.score(firm(
                1,
                "甲",
                List.of(EnterpriseTagCode.CHAIN_LEADER, EnterpriseTagCode.UNICORN),
                "500000",
                10,
                true,
                EnterpriseStatus.FOLLOWING));
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(100);
    }

    @Test
    void bestFirstThenHigherCapitalThenNameInPinyinOrder() {
        List<Ranked> ranked = CandidateRanking.rank(List.of(
                plain(1, "天桥材料有限公司", "5000"), // 10
                plain(2, "上海材料有限公司", "5000"), // 10
                plain(3, "北京材料有限公司", "5000"), // 10
                plain(4, "济南材料有限公司", "9000"), // 10, more capital
                firm(
                        5,
                        "郑州材料有限公司",
                        List.of(EnterpriseTagCode.HIGH_TECH),
                        "5000",
                        0,
                        false,
                        EnterpriseStatus.POOL))); // 15
        // Code-point order would put 上 (U+4E0A) before 北 (U+5317); pinyin puts bei before shang before tian.
        assertThat(ranked).extracting(r -> r.candidate().enterpriseId()).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void aFirmWithoutCapitalRanksBelowOneWithCapitalOnTheSameScore() {
        List<Ranked> ranked = CandidateRanking.rank(List.of(
                firm(1, "阿尔法", List.of(EnterpriseTagCode.GAZELLE), null, 0, false, EnterpriseStatus.POOL), // 12
                firm(2, "贝塔", List.of(EnterpriseTagCode.HIGH_TECH), "1", 1, false, EnterpriseStatus.POOL))); // 5+4+6=15
        assertThat(ranked).extracting(Ranked::score).containsExactly(15, 12);
        List<Ranked> tied = CandidateRanking.rank(List.of(
                firm(1, "阿尔法", List.of(), null, 1, false, EnterpriseStatus.POOL), // 6
                firm(2, "贝塔", List.of(), null, 0, true, EnterpriseStatus.POOL))); // 6
        assertThat(tied).extracting(r -> r.candidate().name()).containsExactly("阿尔法", "贝塔");
    }
}
