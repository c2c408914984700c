package io.attract.project;

import java.util.List;

/**
 * What a column of the monthly ledger (月度台账) can mean: its name in the template and in messages, the names
 * districts write for it (compared compact, without a unit in brackets), and whether a ledger must have it.
 */
public enum LedgerField {
    CODE("项目编号", "项目编码", "项目代码", "编号"),
    NAME("项目名称", "项目", "名称", "项目全称"),
    POOL("所在库", "项目库", "入库类别", "所属库"),
    STAGE("阶段", "项目阶段", "推进阶段", "当前阶段", "项目状态", "进展阶段", "所处阶段"),
    KEY_PROJECT("是否重点", "是否重点项目", "重点项目"),
    INVESTORS("投资方", "投资主体", "投资企业", "投资方名称", "签约企业", "签约主体", "企业名称", "投资单位"),
    CREDIT_CODE("统一社会信用代码", "信用代码", "社会信用代码", "投资方统一社会信用代码"),
    NATURE("企业性质", "投资方性质", "投资主体性质"),
    TAGS("企业标签", "企业类别"),
    ORIGIN("来源地", "投资方所在地", "项目来源地", "投资来源地", "投资方来源地", "客商来源地", "来源地区", "投资方来源", "项目来源"),
    ORIGIN_TIER("来源层级", "项目来源层级", "来源类别"),
    INDUSTRY("行业(4+N)", "产业(4+N)", "所属产业", "产业", "产业类别", "产业领域", "所属行业", "行业类别", "产业方向"),
    INDUSTRY_CODE("国民经济行业代码", "行业代码", "国民经济行业分类代码"),
    ZONE("组团", "所在组团", "所属组团", "落地组团"),
    PARK_OR_SITE("园区/载体", "园区", "载体", "所在园区", "落地园区", "落地载体", "所在载体"),
    STREET("落地街道", "所在街道", "所属街道"),
    CONTENT("建设内容", "项目内容", "建设内容及规模", "项目简介", "主要建设内容", "项目概况"),
    METHOD("招商方式"),
    SOURCE("关联活动/外出招商", "关联活动", "来源活动"),
    TOTAL("总投资(万元)", "总投资", "计划总投资", "投资总额", "项目总投资", "总投资额"),
    FIXED_ASSET("固定资产投资(万元)", "固定资产投资", "固投"),
    CONTRACT_USD("合同外资(万美元)", "合同外资", "合同利用外资"),
    FUNDS_MONTH("当月到位资金(万元)"),
    FUNDS_YEAR("当年累计到位(万元)"),
    FUNDS_ALL("历年累计到位(万元)"),
    FOREIGN_USD("当月实际使用外资(万美元)"),
    FOREIGN_USD_YEAR("当年累计实际使用外资(万美元)"),
    NEGOTIATING_ON("首谈日期", "首谈时间", "首次洽谈时间", "首次洽谈日期", "洽谈日期", "洽谈时间"),
    SIGNED_ON("签约日期", "签约时间"),
    REGISTERED_ON("注册日期", "注册时间", "落地日期", "落地时间", "注册落地时间"),
    CONSTRUCTION_ON("开工日期", "开工时间"),
    OPERATING_ON("投产日期", "投产时间", "运营日期", "投产运营时间", "投产(运营)时间"),
    SPONSOR("包挂领导", "包保领导", "联系领导", "分包领导", "包联领导", "帮包领导", "区级包挂领导"),
    UNIT("责任单位", "负责单位", "属地单位", "牵头单位", "责任部门", "主责单位", "承办单位"),
    OWNER("责任人", "项目负责人", "具体负责人", "经办人"),
    PROGRESS("本月进展", "进展情况", "项目进展", "推进情况", "当月进展", "最新进展", "项目进展情况", "进展"),
    PROBLEM("存在问题", "存在的问题", "问题", "困难问题"),
    COORDINATION("需协调事项", "需协调解决的问题", "需要协调事项", "需协调问题", "需区级协调事项"),
    NEXT_STEP("下步计划", "下一步计划", "下步工作计划", "下一步工作");

    /** The column's name in the template, the wizard and messages. */
    public final String label;

    final List<String> synonyms;

    LedgerField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    public boolean required() {
        return this == NAME || this == STAGE || this == UNIT;
    }

    /** The unit the field's amounts are kept in: 万元, 万美元, or null for a field that is not an amount. */
    String amountUnit() {
        return switch (this) {
            case TOTAL, FIXED_ASSET, FUNDS_MONTH, FUNDS_YEAR, FUNDS_ALL -> "万元";
            case CONTRACT_USD, FOREIGN_USD, FOREIGN_USD_YEAR -> "万美元";
            default -> null;
        };
    }
}
