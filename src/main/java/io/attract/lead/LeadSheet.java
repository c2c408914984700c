package io.attract.lead;

import io.attract.common.excel.ListColumn;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The lead list's columns as a sheet; {@code names}: login → name. */
final class LeadSheet {

    private static final Map<LeadClocks.Kind, String> CLOCKS = Map.of(
            LeadClocks.Kind.RESPOND, "响应",
            LeadClocks.Kind.ASSESS, "研判",
            LeadClocks.Kind.FEEDBACK, "首次反馈",
            LeadClocks.Kind.PROGRESS, "进展报告");

    private LeadSheet() {}

    static List<ListColumn<LeadListItem>> columns(UnaryOperator<String> names) {
        return List.of(
                ListColumn.text("线索", 30, LeadListItem::title),
                ListColumn.text("来源", 10, l -> l.source().label()),
                ListColumn.text("来源说明", 20, LeadListItem::sourceDetail),
                ListColumn.date("收到日期", LeadListItem::receivedOn),
                ListColumn.text("接收人", 10, l -> names.apply(l.receivedBy())),
                ListColumn.text("企业", 30, LeadListItem::enterpriseName),
                ListColumn.text("产业", 14, LeadListItem::industryName),
                ListColumn.wanYuan("预计投资", LeadListItem::estimatedInvestment),
                ListColumn.text("状态", 10, l -> l.status().label()),
                ListColumn.yesNo("超期", LeadListItem::overdue),
                ListColumn.text(
                        "下一时限",
                        10,
                        l -> l.nextDue() == null ? null : CLOCKS.get(l.nextDue().kind())),
                ListColumn.date(
                        "到期日", l -> l.nextDue() == null ? null : l.nextDue().dueOn()),
                ListColumn.text("转为项目", 20, LeadListItem::projectName),
                ListColumn.text("责任单位", 16, LeadListItem::unitName));
    }
}
