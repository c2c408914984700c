package io.attract.common.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit trail's rows mean to a person: each entity type's Chinese name, each field's label and how its
 * values read (an enumeration's Chinese name, a reference to another record, a login, a time). Keyed by the names
 * the trail stores (the entity's simple class name, the property name, the enum constant's name), so the audit
 * package needs none of the feature packages; {@code AuditCatalogueTest} holds it to every entity's properties and
 * enum constants, and to the features' own labels where they have them.
 */
public final class AuditCatalogue {

    /** How a field's stored value reads. */
    public enum Kind {
        TEXT,
        ENUM,
        REF,
        USER,
        BOOL,
        DATE,
        TIME,
        HIDDEN
    }

    public record Field(String label, Kind kind, Map<String, String> values, String refType) {}

    public record Type(String name, String label, Map<String, Field> fields) {

        public Optional<Field> field(String field) {
            return Optional.ofNullable(fields.get(field));
        }
    }

    /** Fields no one reads: kept by every entity for the machine (keys, caches, timestamps of the row itself). */
    private static final java.util.Set<String> NOISE = java.util.Set.of(
            "version",
            "updatedAt",
            "createdAt",
            "searchText",
            "nameKey",
            "idempotencyKey",
            "lastSeenAt",
            "snapshot",
            "heartbeatAt");

    static final Map<String, String> STAGES = values(
            "LEAD",
            "线索",
            "NEGOTIATING",
            "在谈",
            "SIGNED",
            "签约",
            "REGISTERED",
            "注册",
            "CONSTRUCTION",
            "开工",
            "OPERATING",
            "投产",
            "ON_HOLD",
            "搁置",
            "TERMINATED",
            "终止");
    static final Map<String, String> ATTACHMENT_OWNERS =
            values("PROJECT", "项目", "FUND", "到位资金", "VISIT", "走访", "ENTERPRISE", "企业", "LEAD", "线索");
    static final Map<String, String> POOLS = values("PLANNING", "策划库", "PROMOTION", "推进库", "IMPLEMENTATION", "实施库");
    static final Map<String, String> TIERS = values(
            "OVERSEAS", "境外", "OUT_OF_PROVINCE", "省外", "OUT_OF_CITY", "市外省内", "OUT_OF_DISTRICT", "区外市内", "LOCAL", "区内");
    static final Map<String, String> AGREEMENTS = values("INTENT", "意向协议", "FRAMEWORK", "框架协议", "FORMAL", "正式协议");
    static final Map<String, String> INVESTMENT_KINDS =
            values("NEW", "新建", "UPGRADE", "技改升级", "CAPITAL_INCREASE", "增资扩股");
    static final Map<String, String> WORKLOG_KINDS =
            values("PROGRESS", "本月进展", "PROBLEM", "存在问题", "COORDINATION", "需协调事项", "NEXT_STEP", "下步计划");
    static final Map<String, String> STALL_KINDS = values("NO_WORKLOG", "无工作台账", "STUCK", "未进入下一阶段");
    static final Map<String, String> NATURES =
            values("CENTRAL_SOE", "央企", "LOCAL_SOE", "国企", "PRIVATE", "民企", "FOREIGN", "外资", "HK_MO_TW", "港澳台");
    static final Map<String, String> TAGS = values(
            "CHAIN_LEADER",
            "链主",
            "BACKBONE",
            "骨干",
            "GAZELLE",
            "瞪羚",
            "UNICORN",
            "独角兽",
            "SRDI",
            "专精特新",
            "LITTLE_GIANT",
            "小巨人",
            "HIDDEN_CHAMPION",
            "隐形冠军",
            "HIGH_TECH",
            "高新技术",
            "FORTUNE_500",
            "世界500强",
            "CHINA_500",
            "中国500强",
            "PRIVATE_500",
            "民企500强",
            "LISTED",
            "上市",
            "INDUSTRY_TOP10",
            "行业前十");
    static final Map<String, String> ENTERPRISE_STATUSES =
            values("POOL", "储备", "FOLLOWING", "跟进中", "CONVERTED", "已转化", "DORMANT", "休眠");
    static final Map<String, String> HOLIDAY_KINDS = values("OFF", "放假", "WORKDAY", "调休上班");
    static final Map<String, String> WEBHOOK_KINDS = values("WECOM", "企业微信", "DINGTALK", "钉钉");
    static final Map<String, String> UNIT_KINDS = values("STREET", "街道", "DEPARTMENT", "部门", "PARK", "园区");
    static final Map<String, String> INDUSTRY_CATEGORIES = values("LEADING", "主导产业", "FUTURE", "未来产业", "OTHER", "其他");
    static final Map<String, String> SITE_KINDS =
            values("BUILDING", "楼宇", "FLOOR", "楼层", "FACTORY", "厂房", "LAND", "地块");
    static final Map<String, String> ZONE_KINDS = values("AXIS", "轴", "BELT", "带", "CLUSTER", "组团");
    static final Map<String, String> PARK_STATUSES = values("PLANNED", "规划中", "OPERATING", "运营中");
    static final Map<String, String> RANKING_METHODS = values("COMPLETION", "完成率法", "EFFICACY", "功效系数法");
    static final Map<String, String> METRICS =
            values("SIGNED", "新签约项目", "LANDED", "新落地项目", "FUNDS", "到位资金", "FOREIGN_USD", "实际使用外资");
    static final Map<String, String> EVENT_KINDS =
            values("PROMOTION", "推介会", "SIGNING", "集中签约", "FORUM", "论坛/峰会", "EXPO", "展会", "OTHER", "其他");
    static final Map<String, String> EVENT_ROLES = values("HOSTED", "主办", "ATTENDED", "参加");
    static final Map<String, String> LEAD_SOURCES = values(
            "REFERRAL",
            "以商招商",
            "AGENCY",
            "中介/基金",
            "EXPO",
            "展会",
            "ONLINE",
            "网络",
            "SUPERIOR",
            "上级推送",
            "REINVESTMENT",
            "二次招商",
            "VISIT",
            "走访发现",
            "OTHER",
            "其他");
    static final Map<String, String> LEAD_STATUSES = values("OPEN", "跟进中", "CONVERTED", "已转项目", "DROPPED", "已放弃");
    static final Map<String, String> ASSESSMENTS = values("PURSUE", "值得跟进", "DECLINE", "不予跟进");
    static final Map<String, String> LEAD_STEPS = values(
            "RECEIVED",
            "收到线索",
            "RESPOND",
            "响应",
            "ASSESS",
            "研判",
            "FEEDBACK",
            "首次反馈",
            "PROGRESS",
            "进展报告",
            "CONVERTED",
            "转为项目",
            "DROPPED",
            "放弃");
    static final Map<String, String> VISIT_KINDS =
            values("ON_SITE", "上门拜访", "RECEPTION", "来访接待", "PHONE", "电话", "VIDEO", "视频", "EXPO", "展会洽谈");
    static final Map<String, String> VISIT_INTENTS =
            values("NONE", "无", "WEAK", "较弱", "CLEAR", "明确", "PROJECT", "已形成项目");
    static final Map<String, String> SEGMENTS = values("UPSTREAM", "上游", "MIDSTREAM", "中游", "DOWNSTREAM", "下游");
    static final Map<String, String> CHAIN_ROLES = values("LOCAL", "本地", "TARGET", "目标");
    static final Map<String, String> JOB_STATES =
            values("QUEUED", "排队中", "RUNNING", "进行中", "SUCCEEDED", "已完成", "FAILED", "失败");
    static final Map<String, String> JOB_PHASES = values("PARSING", "读取文件", "VALIDATING", "逐行检查", "WRITING", "写入");

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        type("Project", "项目")
                .text("code", "项目编号")
                .text("name", "项目名称")
                .choice("stage", "阶段", STAGES)
                .date("stageSince", "进入本阶段日期")
                .choice("heldStage", "搁置前阶段", STAGES)
                .choice("pool", "所在库", POOLS)
                .bool("keyProject", "重点项目")
                .choice("originTier", "来源层级", TIERS)
                .bool("originTierComputed", "来源层级按投资方判定")
                .ref("investors", "投资方", "Enterprise")
                .ref("industry", "产业(4+N)", "Industry")
                .text("industryCode", "国民经济行业代码")
                .ref("zone", "组团", "Zone")
                .ref("park", "园区", "Park")
                .ref("site", "载体", "Site")
                .text("street", "落地街道")
                .text("constructionContent", "建设内容")
                .text("attractionMethod", "招商方式")
                .text("source", "项目来源")
                .text("totalInvestment", "总投资(万元)")
                .text("fixedAssetInvestment", "固定资产投资(万元)")
                .text("contractForeignUsd", "合同外资(万美元)")
                .choice("investmentKind", "投资类型", INVESTMENT_KINDS)
                .ref("baseProjectId", "原项目", "Project")
                .text("incrementInvestment", "新增投资(万元)")
                .ref("unit", "责任单位", "Unit")
                .user("ownerUsername", "责任人")
                .text("sponsorLeader", "包挂领导")
                .user("sponsorUsername", "包挂领导（用户）")
                .text("plan", "一项目一方案")
                .choice("agreementType", "协议类型", AGREEMENTS)
                .date("negotiatingOn", "首谈日期")
                .date("signedOn", "签约日期")
                .date("registeredOn", "注册日期")
                .date("constructionOn", "开工日期")
                .date("operatingOn", "投产日期")
                .date("landedOn", "落地日期")
                .ref("leadId", "来源线索", "Lead")
                .ref("tripId", "外出招商", "Trip")
                .date("lastWorklogOn", "最近台账日期");
        type("ProjectTransition", "项目阶段变更")
                .confirmedEntry()
                .choice("fromStage", "原阶段", STAGES)
                .choice("toStage", "阶段", STAGES)
                .date("effectiveDate", "业务日期")
                .text("note", "说明")
                .choice("agreementType", "协议类型", AGREEMENTS)
                .bool("correction", "更正")
                .ref("revertedBy", "被更正于", "ProjectTransition")
                .bool("counted", "已计入统计");
        type("ProjectFund", "到位资金")
                .confirmedEntry()
                .date("arrivedOn", "到位日期")
                .text("amount", "金额(万元)")
                .text("foreignUsd", "实际使用外资(万美元)")
                .choice("originTier", "来源层级", TIERS)
                .text("evidence", "凭证");
        type("WorklogEntry", "工作台账")
                .projectEntry()
                .date("loggedOn", "日期")
                .choice("kind", "类别", WORKLOG_KINDS)
                .text("content", "内容")
                .time("resolvedAt", "办结时间")
                .user("resolvedBy", "办结人")
                .text("resolution", "办理结果");
        type("StallRule", "停滞规则")
                .choice("stage", "阶段", STAGES)
                .choice("kind", "规则", STALL_KINDS)
                .text("days", "天数")
                .bool("enabled", "启用");
        type("Enterprise", "企业")
                .text("name", "企业名称")
                .text("formerNames", "曾用名")
                .text("creditCode", "统一社会信用代码")
                .text("regionCode", "来源地区划代码")
                .text("countryCode", "国家/地区代码")
                .text("industryCode", "国民经济行业代码")
                .ref("industry", "产业(4+N)", "Industry")
                .choice("nature", "企业性质", NATURES)
                .text("registeredCapital", "注册资本(万元)")
                .text("revenueBand", "营收规模")
                .text("employees", "员工人数")
                .text("website", "网站")
                .text("description", "简介")
                .ref("ownerUnit", "负责单位", "Unit")
                .user("ownerUsername", "负责人")
                .choice("status", "状态", ENTERPRISE_STATUSES)
                .text("attractionMethod", "招商方式")
                .text("source", "来源")
                .ref("mergedInto", "合并至", "Enterprise")
                .choice("tags", "企业标签", TAGS)
                .hide("contacts");
        type("EnterpriseContact", "企业联系人")
                .ref("enterprise", "企业", "Enterprise")
                .text("name", "姓名")
                .text("title", "职务")
                .text("phone", "电话")
                .text("email", "邮箱");
        type("Unit", "责任单位").text("code", "单位代码").text("name", "单位名称").choice("kind", "类型", UNIT_KINDS);
        type("AppUser", "用户")
                .text("username", "登录名")
                .text("displayName", "姓名")
                .ref("unit", "所属单位", "Unit")
                .text("email", "邮箱")
                .bool("emailDigest", "每日邮件摘要");
        type("UnitWebhook", "单位群机器人")
                .ref("unit", "责任单位", "Unit")
                .choice("kind", "类型", WEBHOOK_KINDS)
                .text("url", "地址")
                .text("secret", "加签密钥");
        type("Industry", "产业")
                .coded()
                .choice("category", "类别", INDUSTRY_CATEGORIES)
                .text("sortOrder", "排序")
                .text("gbt4754Codes", "国民经济行业代码")
                .text("description", "说明")
                .date("retiredOn", "停用日期");
        type("Zone", "组团")
                .coded()
                .choice("kind", "类型", ZONE_KINDS)
                .text("sortOrder", "排序")
                .text("description", "说明");
        type("Park", "园区")
                .coded()
                .ref("zone", "组团", "Zone")
                .choice("status", "状态", PARK_STATUSES)
                .text("description", "说明");
        type("Site", "载体")
                .text("name", "名称")
                .choice("kind", "类型", SITE_KINDS)
                .ref("park", "园区", "Park")
                .ref("zone", "组团", "Zone")
                .text("address", "地址")
                .text("longitude", "经度")
                .text("latitude", "纬度")
                .text("areaSqm", "面积(㎡)")
                .text("freeAreaSqm", "可用面积(㎡)")
                .text("contactName", "联系人")
                .text("contactPhone", "联系电话")
                .text("description", "说明")
                .ref("suitableIndustries", "适宜产业", "Industry");
        type("Chain", "产业链")
                .ref("industry", "产业", "Industry")
                .text("name", "名称")
                .text("description", "说明")
                .text("sortOrder", "排序");
        type("ChainNode", "产业链环节")
                .ref("chain", "产业链", "Chain")
                .text("name", "名称")
                .choice("segment", "位置", SEGMENTS)
                .text("sortOrder", "排序")
                .text("description", "说明");
        type("ChainEdge", "产业链连线")
                .ref("chain", "产业链", "Chain")
                .ref("from", "上游环节", "ChainNode")
                .ref("to", "下游环节", "ChainNode");
        type("ChainNodeEnterprise", "环节企业")
                .ref("node", "环节", "ChainNode")
                .ref("enterprise", "企业", "Enterprise")
                .choice("role", "身份", CHAIN_ROLES)
                .text("note", "备注")
                .user("linkedBy", "关联人")
                .time("linkedAt", "关联时间");
        type("Visit", "走访")
                .date("visitedOn", "走访日期")
                .ref("enterprise", "企业", "Enterprise")
                .choice("kind", "方式", VISIT_KINDS)
                .text("summary", "内容")
                .choice("intent", "投资意向", VISIT_INTENTS)
                .text("nextStep", "下一步")
                .date("followUpOn", "跟进日期")
                .bool("followUpDone", "已跟进")
                .ref("trip", "外出招商", "Trip")
                .ref("event", "招商活动", "InvestmentEvent")
                .ref("project", "项目", "Project")
                .ref("lead", "线索", "Lead")
                .ref("unit", "责任单位", "Unit")
                .text("participants", "参加人员")
                .user("recordedBy", "录入人");
        type("Lead", "线索")
                .text("title", "线索名称")
                .choice("source", "来源", LEAD_SOURCES)
                .text("sourceDetail", "来源说明")
                .date("receivedOn", "收到日期")
                .user("receivedBy", "接收人")
                .ref("enterprise", "企业", "Enterprise")
                .ref("industry", "产业", "Industry")
                .text("estimatedInvestment", "预计投资(万元)")
                .text("description", "说明")
                .choice("status", "状态", LEAD_STATUSES)
                .date("respondedOn", "响应日期")
                .date("assessedOn", "研判日期")
                .text("assessment", "研判意见")
                .choice("assessmentResult", "研判结论", ASSESSMENTS)
                .date("firstFeedbackOn", "首次反馈日期")
                .date("lastProgressOn", "最近进展日期")
                .date("respondDue", "响应期限")
                .date("assessDue", "研判期限")
                .date("feedbackDue", "反馈期限")
                .date("progressDue", "进展报告期限")
                .date("nextDueOn", "下一期限")
                .date("closedOn", "关闭日期")
                .text("outcomeNote", "结果说明")
                .ref("project", "项目", "Project")
                .ref("trip", "外出招商", "Trip")
                .ref("event", "招商活动", "InvestmentEvent")
                .unitOwned();
        type("LeadStep", "线索进展")
                .ref("lead", "线索", "Lead")
                .choice("kind", "环节", LEAD_STEPS)
                .date("onDate", "日期")
                .text("note", "说明")
                .user("recordedBy", "录入人")
                .time("recordedAt", "录入时间");
        type("Holiday", "节假日安排")
                .date("day", "日期")
                .choice("kind", "安排", HOLIDAY_KINDS)
                .text("name", "节日");
        type("LeadClockRule", "线索时限")
                .text("respondDays", "响应时限(天)")
                .text("assessDays", "研判时限(天)")
                .text("feedbackDays", "反馈时限(天)")
                .text("progressEveryDays", "进展报告周期(天)")
                .bool("workingDays", "按工作日");
        type("Trip", "外出招商")
                .text("title", "名称")
                .text("leaderName", "带队领导")
                .text("delegation", "成员")
                .text("cities", "城市")
                .date("startDate", "开始日期")
                .date("endDate", "结束日期")
                .text("purpose", "目的")
                .text("outcome", "成果")
                .unitOwned();
        type("InvestmentEvent", "招商活动")
                .text("name", "名称")
                .choice("kind", "类型", EVENT_KINDS)
                .choice("role", "角色", EVENT_ROLES)
                .date("heldOn", "举办日期")
                .text("place", "地点")
                .text("organiser", "主办方")
                .text("participants", "参加人员")
                .text("summary", "内容")
                .unitOwned();
        type("EventProject", "活动签约项目").ref("event", "招商活动", "InvestmentEvent").ref("project", "项目", "Project");
        type("MonthClose", "月结")
                .text("month", "月份")
                .time("closedAt", "月结时间")
                .user("closedBy", "月结人")
                .time("reopenedAt", "重开时间")
                .user("reopenedBy", "重开人")
                .text("reopenReason", "重开原因");
        type("DistrictSetting", "区级设置").bool("confirmationRequired", "需要审核").user("updatedBy", "修改人");
        type("RankingRule", "考核规则")
                .text("year", "年度")
                .choice("method", "计分方法", RANKING_METHODS)
                .text("capPercent", "封顶(%)")
                .text("weightSigned", "权重·新签约")
                .text("weightLanded", "权重·新落地")
                .text("weightFunds", "权重·到位资金")
                .text("weightForeignUsd", "权重·实际使用外资")
                .user("updatedBy", "修改人");
        type("TargetPlan", "年度目标").text("year", "年度").user("updatedBy", "修改人");
        type("UnitTarget", "单位目标")
                .ref("plan", "年度目标", "TargetPlan")
                .ref("unit", "责任单位", "Unit")
                .choice("metric", "指标", METRICS)
                .text("amount", "目标值");
        type("Job", "后台任务")
                .text("kind", "类型")
                .choice("state", "状态", JOB_STATES)
                .choice("phase", "阶段", JOB_PHASES)
                .text("done", "已处理")
                .text("total", "总数")
                .text("result", "结果")
                .text("problem", "问题")
                .user("ownerUsername", "发起人")
                .time("finishedAt", "完成时间");
        type("Attachment", "附件")
                .choice("ownerType", "所属对象类型", ATTACHMENT_OWNERS)
                .text("ownerId", "所属对象编号")
                .text("fileName", "文件名")
                .text("mediaType", "文件类型")
                .text("sizeBytes", "大小(字节)")
                .text("sha256", "SHA-256")
                .hide("storageKey")
                .hide("thumbnailKey")
                .bool("keptLocation", "保留拍摄位置")
                .user("uploadedBy", "上传人")
                .time("uploadedAt", "上传时间");
        type("Session", "登录");
        type("Request", "访问请求");
        type("Export", "导出").text("filter", "筛选条件");
        type("AuditEvent", "审计日志")
                .text("deleted", "清理条数")
                .time("olderThan", "早于")
                .text("retentionDays", "保留天数");
    }

    private AuditCatalogue() {}

    /** Every type, in the order a person looks for them (projects first). */
    public static Collection<Type> types() {
        return TYPES.values();
    }

    public static Optional<Type> type(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** The type's Chinese name, or the stored name when the catalogue does not know it. */
    public static String label(String type) {
        return type == null ? null : type(type).map(Type::label).orElse(type);
    }

    /** A filter's type as a person types it: the stored name (any case) or the Chinese name. */
    public static Optional<String> typeNamed(String text) {
        String t = text.strip();
        return TYPES.values().stream()
                .filter(type -> type.label().equals(t)
                        || type.name().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .map(Type::name)
                .findFirst();
    }

    public static boolean noise(String field) {
        return NOISE.contains(field);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static Fields type(String name, String label) {
        Map<String, Field> fields = new LinkedHashMap<>();
        TYPES.put(name, new Type(name, label, fields));
        return new Fields(fields);
    }

    private record Fields(Map<String, Field> fields) {

        /** A catalogue record's code and name (CodedEntity). */
        Fields coded() {
            return text("code", "代码").text("name", "名称");
        }

        /** A record a unit owns: the unit and who created it (UnitOwned). */
        Fields unitOwned() {
            return ref("unit", "责任单位", "Unit").user("createdBy", "创建人");
        }

        /** An entry of a project: the project, when and by whom it was recorded (ProjectEntry). */
        Fields projectEntry() {
            return ref("project", "项目", "Project").time("recordedAt", "录入时间").user("recordedBy", "录入人");
        }

        /** A project entry the unit head confirms or sends back with a reason (ConfirmedEntry). */
        Fields confirmedEntry() {
            return projectEntry()
                    .time("confirmedAt", "审核时间")
                    .user("confirmedBy", "审核人")
                    .time("returnedAt", "退回时间")
                    .user("returnedBy", "退回人")
                    .text("returnReason", "退回原因");
        }

        Fields text(String name, String label) {
            return put(name, new Field(label, Kind.TEXT, Map.of(), null));
        }

        Fields choice(String name, String label, Map<String, String> values) {
            return put(name, new Field(label, Kind.ENUM, values, null));
        }

        Fields ref(String name, String label, String type) {
            return put(name, new Field(label, Kind.REF, Map.of(), type));
        }

        Fields user(String name, String label) {
            return put(name, new Field(label, Kind.USER, Map.of(), null));
        }

        Fields bool(String name, String label) {
            return put(name, new Field(label, Kind.BOOL, Map.of(), null));
        }

        Fields date(String name, String label) {
            return put(name, new Field(label, Kind.DATE, Map.of(), null));
        }

        Fields time(String name, String label) {
            return put(name, new Field(label, Kind.TIME, Map.of(), null));
        }

        Fields hide(String name) {
            return put(name, new Field(name, Kind.HIDDEN, Map.of(), null));
        }

        private Fields put(String name, Field field) {
            fields.put(name, field);
            return this;
        }
    }
}
