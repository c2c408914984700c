package io.attract.visit;

import io.attract.common.excel.ListColumn;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The visit list's columns as a sheet; {@code names}: login → name. */
final class VisitSheet {

    private VisitSheet() {}

    static List<ListColumn<VisitView>> columns(UnaryOperator<String> names) {
        return List.of(
                ListColumn.date("走访日期", VisitView::visitedOn),
                ListColumn.text("走访方式", 10, v -> v.kind().label()),
                ListColumn.text("企业", 30, VisitView::enterpriseName),
                ListColumn.text(
                        "我方人员",
                        20,
                        v -> v.ourParticipants().stream()
                                .map(VisitView.Ours::name)
                                .collect(Collectors.joining("、"))),
                ListColumn.text(
                        "企业方人员",
                        20,
                        v -> v.theirParticipants().stream()
                                .map(p -> p.title() == null ? p.name() : p.name() + "(" + p.title() + ")")
                                .collect(Collectors.joining("、"))),
                ListColumn.text("走访纪要", 40, VisitView::summary),
                ListColumn.text("投资意向", 10, v -> v.intent().label()),
                ListColumn.text("下一步", 30, VisitView::nextStep),
                ListColumn.date("跟进日期", VisitView::followUpOn),
                ListColumn.yesNo("已跟进", v -> v.followUpOn() == null ? null : v.followUpDone()),
                ListColumn.text("外出招商", 20, VisitView::tripTitle),
                ListColumn.text("招商活动", 20, VisitView::eventName),
                ListColumn.text("项目", 20, VisitView::projectName),
                ListColumn.text("线索", 20, VisitView::leadTitle),
                ListColumn.text("责任单位", 16, VisitView::unitName),
                ListColumn.text("记录人", 10, v -> names.apply(v.recordedBy())));
    }
}
