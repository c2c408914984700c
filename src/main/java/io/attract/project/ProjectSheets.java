package io.attract.project;

import io.attract.common.excel.ListColumn;
import java.util.List;
import java.util.function.UnaryOperator;

/** The columns of the project list and of the open coordination requests as sheets; {@code names}: login → name. */
final class ProjectSheets {

    private ProjectSheets() {}

    static List<ListColumn<ProjectListItem>> projects(UnaryOperator<String> names) {
        return List.of(
                ListColumn.text("项目编号", 14, ProjectListItem::code),
                ListColumn.text("项目名称", 36, ProjectListItem::name),
                ListColumn.text("阶段", 8, p -> ProjectLabels.stage(p.stage())),
                ListColumn.date("进入阶段日期", ProjectListItem::stageSince),
                ListColumn.text("项目库", 8, p -> ProjectLabels.pool(p.pool())),
                ListColumn.yesNo("重点项目", ProjectListItem::keyProject),
                ListColumn.text("责任单位", 16, ProjectListItem::unitName),
                ListColumn.text("负责人", 10, p -> names.apply(p.ownerUsername())),
                ListColumn.text("包挂领导", 10, ProjectListItem::sponsorLeader),
                ListColumn.text("产业", 14, ProjectListItem::industryName),
                ListColumn.text("园区", 14, ProjectListItem::zoneName),
                ListColumn.text("投资方", 30, p -> String.join("、", p.investorNames())),
                ListColumn.wanYuan("总投资", ProjectListItem::totalInvestment),
                ListColumn.yesNo("待审核", ProjectListItem::pendingConfirmation),
                ListColumn.text(
                        "停滞", 30, p -> p.stalled() == null ? null : p.stalled().message()));
    }

    static List<ListColumn<ProjectWorklog.OpenRequest>> coordination(UnaryOperator<String> names) {
        return List.of(
                ListColumn.date("提出日期", r -> r.entry().loggedOn()),
                ListColumn.text("项目编号", 14, ProjectWorklog.OpenRequest::projectCode),
                ListColumn.text("项目名称", 36, ProjectWorklog.OpenRequest::projectName),
                ListColumn.text("责任单位", 16, ProjectWorklog.OpenRequest::unitName),
                ListColumn.text("包挂领导", 10, ProjectWorklog.OpenRequest::sponsorLeader),
                ListColumn.text("需协调事项", 50, r -> r.entry().content()),
                ListColumn.text("提出人", 10, r -> names.apply(r.entry().recordedBy())));
    }
}
