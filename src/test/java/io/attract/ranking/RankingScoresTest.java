package io.attract.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingScoresTest {

    private static final Map<Metric, BigDecimal> EQUAL = weights("25", "25", "25", "25");
    private static final RankingScores.Rule COMPLETION =
            new RankingScores.Rule(RankingMethod.COMPLETION, new BigDecimal("120"), weights("100", "0", "0", "0"));
    private static final RankingScores.Rule EFFICACY =
            new RankingScores.Rule(RankingMethod.EFFICACY, new BigDecimal("120"), weights("100", "0", "0", "0"));

    private static Map<Metric, BigDecimal> weights(String signed, String landed, String funds, String usd) {
        Map<Metric, BigDecimal> w = new EnumMap<>(Metric.class);
        w.put(Metric.SIGNED, new BigDecimal(signed));
        w.put(Metric.LANDED, new BigDecimal(landed));
        w.put(Metric.FUNDS, new BigDecimal(funds));
        w.put(Metric.FOREIGN_USD, new BigDecimal(usd));
        return w;
    }

    /** A unit with one SIGNED target and its actual. */
    private static RankingScores.Entry signed(long unit, String actual, String target) {
        return new RankingScores.Entry(
                unit,
                Map.of(Metric.SIGNED, new BigDecimal(actual)),
                target == null ? Map.of() : Map.of(Metric.SIGNED, new BigDecimal(target)));
    }

    private static RankingScores.Result of(List<RankingScores.Result> results, long unit) {
        return results.stream().filter(r -> r.unitId() == unit).findFirst().orElseThrow();
    }

    /** Asserts the scores of units 1, 2, … in turn: null where the unit has none. */
    private static void assertScores(List<RankingScores.Result> results, String... scores) {
        for (int unit = 1; unit <= scores.length; unit++) {
            var score = assertThat(of(results, unit).score()).as("score of unit %d", unit);
            if (scores[unit - 1] == null) {
                score.isNull();
            } else {
                score.isEqualByComparingTo(scores[unit - 1]);
            }
        }
    }

    private static RankingScores.MetricResult metric(RankingScores.Result r, Metric m) {
        return r.metrics().stream().filter(x -> x.metric() == m).findFirst().orElseThrow();
    }

    @Test
    void timeProgressIsTheMonthOverTwelve() {
        assertThat(RankingScores.timeProgressPercent(6)).isEqualByComparingTo("50.00");
        assertThat(RankingScores.timeProgressPercent(11)).isEqualByComparingTo("91.67");
        assertThat(RankingScores.timeProgressPercent(12)).isEqualByComparingTo("100.00");
    }

    @Test
    void completionAndPointsAheadOfTimeProgress() {
        // June: 序时进度 50%. 6 of 10 signed is 60%, 10 points ahead; paced completion 6 ÷ 5 = 120%.
        RankingScores.Result r =
                RankingScores.rank(List.of(signed(1, "6", "10")), COMPLETION, 6).get(0);
        RankingScores.MetricResult m = metric(r, Metric.SIGNED);
        assertThat(m.completionPercent()).isEqualByComparingTo("60.00");
        assertThat(m.aheadPoints()).isEqualByComparingTo("10.00");
        assertThat(m.pacePercent()).isEqualByComparingTo("120.00");
        assertThat(r.score()).isEqualByComparingTo("120.00");
        // Behind: 3 of 10 in June is 30%, 20 points behind.
        assertThat(metric(
                                RankingScores.rank(List.of(signed(1, "3", "10")), COMPLETION, 6)
                                        .get(0),
                                Metric.SIGNED)
                        .aheadPoints())
                .isEqualByComparingTo("-20.00");
    }

    @Test
    void completionIsCappedInTheScoreButNotInWhatIsShown() {
        // 9 of 10 by March: 90% done against a time-proportional 2.5, paced 360%, capped at 120.
        RankingScores.Result r =
                RankingScores.rank(List.of(signed(1, "9", "10")), COMPLETION, 3).get(0);
        assertThat(metric(r, Metric.SIGNED).completionPercent()).isEqualByComparingTo("90.00");
        assertThat(metric(r, Metric.SIGNED).pacePercent()).isEqualByComparingTo("360.00");
        assertThat(metric(r, Metric.SIGNED).score()).isEqualByComparingTo("120.00");
        assertThat(r.score()).isEqualByComparingTo("120.00");
    }

    @Test
    void weightsCombineTheMetrics() {
        // December (N = 12): signed 50% and funds 100%, weighted 40/60 → 0.4 × 50 + 0.6 × 100 = 80.
        RankingScores.Rule rule =
                new RankingScores.Rule(RankingMethod.COMPLETION, new BigDecimal("120"), weights("40", "0", "60", "0"));
        RankingScores.Entry e = new RankingScores.Entry(
                1,
                Map.of(Metric.SIGNED, new BigDecimal("5"), Metric.FUNDS, new BigDecimal("1000.50")),
                Map.of(Metric.SIGNED, new BigDecimal("10"), Metric.FUNDS, new BigDecimal("1000.50")));
        assertThat(RankingScores.rank(List.of(e), rule, 12).get(0).score()).isEqualByComparingTo("80.00");
    }

    @Test
    void aMetricWithoutATargetDropsOutOfThatUnitsWeights() {
        // Equal weights; the unit has targets only for signed (100%) and landed (50%): (100 + 50) / 2 = 75.
        RankingScores.Rule rule = new RankingScores.Rule(RankingMethod.COMPLETION, new BigDecimal("120"), EQUAL);
        RankingScores.Entry e = new RankingScores.Entry(
                1,
                Map.of(
                        Metric.SIGNED,
                        new BigDecimal("12"),
                        Metric.LANDED,
                        new BigDecimal("3"),
                        Metric.FUNDS,
                        new BigDecimal("500")),
                Map.of(
                        Metric.SIGNED,
                        new BigDecimal("12"),
                        Metric.LANDED,
                        new BigDecimal("6"),
                        Metric.FUNDS,
                        BigDecimal.ZERO));
        RankingScores.Result r = RankingScores.rank(List.of(e), rule, 12).get(0);
        assertThat(r.score()).isEqualByComparingTo("75.00");
        RankingScores.MetricResult funds = metric(r, Metric.FUNDS);
        assertThat(funds.completionPercent()).isNull();
        assertThat(funds.score()).isNull();
        assertThat(funds.actual()).isEqualByComparingTo("500");
    }

    @Test
    void aUnitWhoseTargetsAreAllZeroIsListedWithoutScoreOrRank() {
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "4", "0"), signed(2, "1", "10"), signed(3, "0", null)), COMPLETION, 12);
        assertThat(results).extracting(RankingScores.Result::unitId).containsExactly(2L, 1L, 3L);
        assertThat(of(results, 2).rank()).isEqualTo(1);
        assertThat(of(results, 1).rank()).isNull();
        assertThat(of(results, 1).score()).isNull();
        assertThat(of(results, 3).rank()).isNull();
    }

    @Test
    void efficacyGivesTheBest100TheWorst60AndTheRestALinearShare() {
        // December: completions 100%, 50%, 75% → 100, 60, 80.
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "10", "10"), signed(2, "5", "10"), signed(3, "15", "20")), EFFICACY, 12);
        assertScores(results, "100.00", "60.00", "80.00");
        assertThat(results).extracting(RankingScores.Result::rank).containsExactly(1, 2, 3);
    }

    @Test
    void efficacyWorksOnCappedCompletion() {
        // 300% and 120% are both at the cap: both best; 60% is the worst.
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "30", "10"), signed(2, "12", "10"), signed(3, "6", "10")), EFFICACY, 12);
        assertScores(results, "100.00", "100.00", "60.00");
    }

    @Test
    void efficacyWithEveryUnitAtTheSamePointGivesAll100() {
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "5", "10"), signed(2, "10", "20"), signed(3, "0", null)), EFFICACY, 12);
        assertScores(results, "100.00", "100.00", null);
        assertThat(of(results, 1).rank()).isEqualTo(1);
        assertThat(of(results, 2).rank()).isEqualTo(1);
        // One unit alone is the best and the worst: 100.
        assertThat(RankingScores.rank(List.of(signed(1, "0", "10")), EFFICACY, 12)
                        .get(0)
                        .score())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void efficacyWithZeroTargetsLeavesThoseUnitsOutOfTheMetricsRange() {
        // Unit 3's zero target would otherwise be an undefined completion; the range is units 1 and 2 only.
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "10", "10"), signed(2, "0", "10"), signed(3, "7", "0")), EFFICACY, 12);
        assertScores(results, "100.00", "60.00", null);
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<RankingScores.Result> results = RankingScores.rank(
                List.of(signed(1, "5", "10"), signed(2, "10", "10"), signed(3, "10", "10"), signed(4, "1", "10")),
                COMPLETION,
                12);
        assertThat(results).extracting(RankingScores.Result::unitId).containsExactly(2L, 3L, 1L, 4L);
        assertThat(results).extracting(RankingScores.Result::rank).containsExactly(1, 1, 3, 4);
    }

    @Test
    void scoresThatPrintAlikeTie() {
        // 1 of 3 and 100000001 of 300000000 differ only beyond the shown two decimals.
        List<RankingScores.Result> results =
                RankingScores.rank(List.of(signed(1, "1", "3"), signed(2, "100000001", "300000000")), COMPLETION, 12);
        assertThat(results).extracting(RankingScores.Result::rank).containsExactly(1, 1);
        assertThat(of(results, 1).score()).isEqualByComparingTo("33.33");
    }

    @Test
    void moneyStaysExact() {
        RankingScores.Entry e = new RankingScores.Entry(
                1, Map.of(Metric.FUNDS, new BigDecimal("0.1")), Map.of(Metric.FUNDS, new BigDecimal("0.3")));
        RankingScores.Rule rule =
                new RankingScores.Rule(RankingMethod.COMPLETION, new BigDecimal("120"), weights("0", "0", "100", "0"));
        RankingScores.MetricResult m =
                metric(RankingScores.rank(List.of(e), rule, 12).get(0), Metric.FUNDS);
        assertThat(m.completionPercent()).isEqualByComparingTo("33.33");
        assertThat(m.actual()).isEqualByComparingTo("0.1");
    }

    @Test
    void aMonthOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> RankingScores.rank(List.of(), COMPLETION, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
