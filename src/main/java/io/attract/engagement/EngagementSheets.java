package io.attract.engagement;

import io.attract.common.excel.ListColumn;
import io.attract.event.EventView;
import io.attract.trip.TripView;
import java.util.List;

/** The trip and event lists' columns as sheets. */
final class EngagementSheets {

    static final List<ListColumn<TripView>> TRIPS = List.of(
            ListColumn.text("出访名称", 30, TripView::title),
            ListColumn.text("带队领导", 10, TripView::leaderName),
            ListColumn.yesNo("领导带队", TripView::leaderLed),
            ListColumn.text("团组成员", 24, t -> String.join("、", t.delegation())),
            ListColumn.text("城市", 16, t -> String.join("、", t.cities())),
            ListColumn.date("出发日期", TripView::startDate),
            ListColumn.date("返回日期", TripView::endDate),
            ListColumn.text("目的", 30, TripView::purpose),
            ListColumn.text("组织单位", 16, TripView::unitName),
            ListColumn.count("走访", TripView::visitCount),
            ListColumn.count("线索", TripView::leadCount),
            ListColumn.count("项目", TripView::projectCount));

    static final List<ListColumn<EventView>> EVENTS = List.of(
            ListColumn.text("活动名称", 30, EventView::name),
            ListColumn.text("类型", 10, e -> e.kind().label()),
            ListColumn.text("主办/参加", 8, e -> e.role().label()),
            ListColumn.date("举办日期", EventView::heldOn),
            ListColumn.text("地点", 20, EventView::place),
            ListColumn.text("主办方", 20, EventView::organiser),
            ListColumn.text("参加人员", 24, EventView::participants),
            ListColumn.text("组织单位", 16, EventView::unitName),
            ListColumn.count("签约项目", EventView::projectCount),
            ListColumn.count("计入项目", EventView::creditedProjectCount),
            ListColumn.wanYuan("计入总投资", EventView::totalInvestmentCredited));

    private EngagementSheets() {}
}
