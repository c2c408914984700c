package io.attract.ranking;

import io.attract.common.excel.ListColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The league table as a sheet: rank, unit and score, then each metric's target, actual and completion. */
final class RankingSheet {

    private RankingSheet() {}

    static List<ListColumn<RankingView.UnitRanking>> columns(RankingView view) {
        List<ListColumn<RankingView.UnitRanking>> columns = new ArrayList<>(List.of(
                ListColumn.date("截至日期", u -> view.asOf()),
                ListColumn.count("排名", RankingView.UnitRanking::rank),
                ListColumn.text("单位", 20, RankingView.UnitRanking::unitName),
                ListColumn.decimal("得分", RankingView.UnitRanking::score)));
        for (Metric metric : Metric.values()) {
            Function<RankingView.UnitRanking, RankingScores.MetricResult> result = u -> u.metrics().stream()
                    .filter(m -> m.metric() == metric)
                    .findFirst()
                    .orElse(null);
            columns.add(amount(metric, metric.label() + " 目标", u -> of(result.apply(u), true)));
            columns.add(amount(metric, metric.label() + " 完成", u -> of(result.apply(u), false)));
            columns.add(ListColumn.decimal(metric.label() + " 完成率(%)", u -> {
                RankingScores.MetricResult r = result.apply(u);
                return r == null ? null : r.completionPercent();
            }));
        }
        return columns;
    }

    private static ListColumn<RankingView.UnitRanking> amount(
            Metric metric, String header, Function<RankingView.UnitRanking, BigDecimal> value) {
        return metric.money() ? ListColumn.money(header, value) : ListColumn.count(header, value);
    }

    private static BigDecimal of(RankingScores.MetricResult r, boolean target) {
        return r == null ? null : target ? r.target() : r.actual();
    }
}
