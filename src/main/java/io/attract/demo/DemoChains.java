package io.attract.demo;

import io.attract.chain.Chain;
import io.attract.chain.ChainEdge;
import io.attract.chain.ChainNode;
import io.attract.chain.ChainNodeEnterprise;
import io.attract.chain.ChainRole;
import io.attract.chain.ChainSegment;
import io.attract.enterprise.CreditCode;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseRepository;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTag;
import io.attract.enterprise.EnterpriseTagCode;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import io.attract.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The chain map of the demo: 新型功能材料 and 智能制造装备 (16 nodes each) and a small 医疗器械 chain, with every
 * coverage on the map. Local firms (本地链主/骨干 and others already in the district) are invented here, since the
 * library's demo firms are outside targets; targets are the library's firms of the chain's industry, so their tags,
 * capital and visits make the ranking differ. Deterministic; a chain that exists is left alone.
 */
@ApplicationScoped
class DemoChains {

    /** Demo chains and, per chain, coverage the map must show (DemoLoaderTest checks them). */
    static final String NEW_MATERIALS = "新型功能材料产业链";

    static final String SMART_EQUIPMENT = "智能制造装备产业链";
    static final String MEDICAL_DEVICES = "医疗器械产业链";

    private static final ChainSegment U = ChainSegment.UPSTREAM;
    private static final ChainSegment M = ChainSegment.MIDSTREAM;
    private static final ChainSegment D = ChainSegment.DOWNSTREAM;

    /** The district's region code (天桥区), where the local firms are registered. */
    private static final String DISTRICT = "370105";

    /** A local firm of the district: {@code key} is how nodes name it. */
    private record Local(
            String key, String name, String region, List<EnterpriseTagCode> tags, int capital, String unitCode) {

        Local(String key, String name, List<EnterpriseTagCode> tags, int capital, String unitCode) {
            this(key, name, DISTRICT, tags, capital, unitCode);
        }
    }

    /** A node: its locals (keys of {@link Local}) and how many targets it gets. */
    private record Node(String name, ChainSegment segment, String description, List<String> locals, int targets) {}

    private record Spec(
            String name,
            String industryCode,
            int sortOrder,
            String description,
            List<Local> locals,
            List<Node> nodes,
            List<String[]> edges) {}

    private static final EnterpriseTagCode LEADER = EnterpriseTagCode.CHAIN_LEADER;
    private static final EnterpriseTagCode BACKBONE = EnterpriseTagCode.BACKBONE;

    static final List<Spec> SPECS = List.of(
            new Spec(
                    NEW_MATERIALS,
                    "new-materials",
                    1,
                    "化工新材料、金属新材料、高分子材料：从基础原料到制品和应用。",
                    List.of(
                            new Local(
                                    "quancheng-chem",
                                    "济南泉城化工集团有限公司",
                                    List.of(LEADER, EnterpriseTagCode.LISTED),
                                    120_000,
                                    "new-materials-park"),
                            new Local(
                                    "tq-fine-chem",
                                    "济南天桥精细化工有限公司",
                                    List.of(EnterpriseTagCode.HIGH_TECH),
                                    3_000,
                                    "new-materials-park"),
                            new Local(
                                    "huanghe-metal",
                                    "山东黄河冶金材料有限公司",
                                    List.of(EnterpriseTagCode.SRDI),
                                    8_000,
                                    "sangzidian"),
                            new Local(
                                    "park-polymer",
                                    "济南新材料产业园高分子科技股份有限公司",
                                    List.of(BACKBONE, EnterpriseTagCode.HIGH_TECH),
                                    45_000,
                                    "new-materials-park"),
                            new Local("beiyuan-plastic", "济南北园塑胶有限公司", List.of(), 1_200, "beiyuan"),
                            new Local(
                                    "tq-special-steel",
                                    "天桥特钢制品有限公司",
                                    List.of(EnterpriseTagCode.GAZELLE),
                                    6_500,
                                    "daqiao"),
                            new Local(
                                    "minghu-modified",
                                    "济南明湖改性塑料股份有限公司",
                                    List.of(BACKBONE),
                                    30_000,
                                    "new-materials-park"),
                            new Local("luokou-building", "济南泺口建材科技有限公司", List.of(), 2_000, "luokou")),
                    List.of(
                            new Node("基础化工原料", U, "烯烃、芳烃、氯碱等基础原料", List.of("quancheng-chem", "tq-fine-chem"), 1),
                            new Node("金属矿产与冶炼", U, "钢铁、有色金属冶炼", List.of("huanghe-metal"), 2),
                            new Node("石油化工中间体", U, "己内酰胺、环氧树脂等中间体", List.of(), 3),
                            new Node("稀土及稀有金属", U, "稀土分离、稀有金属提纯", List.of(), 2),
                            new Node("高分子材料", M, "工程塑料、特种橡胶、聚氨酯", List.of("park-polymer", "beiyuan-plastic"), 2),
                            new Node("特种合金", M, "高温合金、钛合金、铝镁合金", List.of("tq-special-steel"), 3),
                            new Node("电子化学品", M, "湿电子化学品、光刻胶、电子特气", List.of(), 4),
                            new Node("碳纤维及复合材料", M, "碳纤维、芳纶、复合材料", List.of(), 5),
                            new Node("功能膜材料", M, "分离膜、光学膜、锂电隔膜", List.of(), 3),
                            new Node("先进陶瓷材料", M, "结构陶瓷、电子陶瓷", List.of(), 2),
                            new Node("改性塑料及新材料制品", D, "改性塑料、新材料制品", List.of("minghu-modified"), 0),
                            new Node("汽车轻量化部件", D, "新能源汽车轻量化结构件", List.of(), 3),
                            new Node("半导体封装材料应用", D, "封装基板、引线框架", List.of(), 6),
                            new Node("建筑节能材料", D, "保温、防水、节能门窗", List.of("luokou-building"), 0),
                            new Node("医用高分子材料", D, "医用导管、医用膜", List.of(), 2),
                            new Node("航空航天材料应用", D, "航空结构件、耐高温部件", List.of(), 4)),
                    List.of(
                            edge("基础化工原料", "高分子材料"),
                            edge("基础化工原料", "电子化学品"),
                            edge("基础化工原料", "碳纤维及复合材料"),
                            edge("石油化工中间体", "高分子材料"),
                            edge("石油化工中间体", "碳纤维及复合材料"),
                            edge("石油化工中间体", "功能膜材料"),
                            edge("金属矿产与冶炼", "特种合金"),
                            edge("稀土及稀有金属", "先进陶瓷材料"),
                            edge("稀土及稀有金属", "特种合金"),
                            edge("高分子材料", "改性塑料及新材料制品"),
                            edge("高分子材料", "建筑节能材料"),
                            edge("特种合金", "汽车轻量化部件"),
                            edge("碳纤维及复合材料", "汽车轻量化部件"),
                            edge("电子化学品", "半导体封装材料应用"),
                            edge("碳纤维及复合材料", "航空航天材料应用"),
                            edge("先进陶瓷材料", "航空航天材料应用"),
                            edge("功能膜材料", "医用高分子材料"))),
            new Spec(
                    SMART_EQUIPMENT,
                    "smart-equipment",
                    1,
                    "核心零部件 → 整机 → 系统集成与服务。",
                    List.of(
                            new Local(
                                    "tianheng-sensor",
                                    "济南天衡传感技术股份有限公司",
                                    List.of(BACKBONE, EnterpriseTagCode.HIGH_TECH),
                                    26_000,
                                    "industry-it"),
                            new Local(
                                    "dingli-motor", "济南鼎力电机有限公司", List.of(EnterpriseTagCode.SRDI), 4_500, "wuyingshan"),
                            new Local("taiyue-bearing", "山东泰岳轴承有限公司", List.of(), 2_800, "sangzidian"),
                            new Local(
                                    "quanxing-robot",
                                    "济南泉星机器人集团有限公司",
                                    List.of(LEADER, EnterpriseTagCode.LITTLE_GIANT),
                                    88_000,
                                    "industry-it"),
                            new Local("beichen-automation", "济南北辰自动化设备有限公司", List.of(), 1_500, "wuyingshan"),
                            new Local(
                                    "mingda-inspection",
                                    "济南明达检测仪器有限公司",
                                    List.of(EnterpriseTagCode.HIGH_TECH),
                                    900,
                                    "beicun"),
                            new Local("tq-integration", "天桥智造系统集成有限公司", List.of(BACKBONE), 15_000, "invest-bureau"),
                            new Local("huagong-reman", "济南华工重装再制造有限公司", List.of(), 5_000, "daqiao")),
                    List.of(
                            new Node("精密减速器", U, "RV 减速器、谐波减速器", List.of(), 4),
                            new Node("伺服电机及驱动", U, "伺服电机、驱动器", List.of("dingli-motor"), 2),
                            new Node("运动控制器", U, "PLC、运动控制卡、数控系统", List.of(), 3),
                            new Node("工业传感器", U, "视觉、力觉、位移传感器", List.of("tianheng-sensor"), 1),
                            new Node("工业软件", U, "CAD/CAE、MES、工业操作系统", List.of(), 5),
                            new Node("精密轴承", U, "机床主轴轴承、机器人轴承", List.of("taiyue-bearing"), 0),
                            new Node("工业机器人", M, "多关节、SCARA、协作机器人", List.of("quanxing-robot", "beichen-automation"), 3),
                            new Node("数控机床", M, "五轴加工中心、数控车床", List.of(), 4),
                            new Node("增材制造装备", M, "金属 3D 打印装备", List.of(), 2),
                            new Node("智能检测装备", M, "在线检测、机器视觉检测", List.of("mingda-inspection"), 0),
                            new Node("智能物流装备", M, "AGV、智能仓储", List.of(), 3),
                            new Node("系统集成", D, "产线集成、机器人工作站", List.of("tq-integration"), 0),
                            new Node("运维服务", D, "远程运维、备件服务", List.of(), 2),
                            new Node("汽车制造应用", D, "焊装、涂装、总装产线", List.of(), 3),
                            new Node("智能工厂解决方案", D, "数字化车间、智能工厂总包", List.of(), 6),
                            new Node("工程机械再制造", D, "再制造与改造升级", List.of("huagong-reman"), 0)),
                    List.of(
                            edge("精密减速器", "工业机器人"),
                            edge("伺服电机及驱动", "工业机器人"),
                            edge("运动控制器", "工业机器人"),
                            edge("伺服电机及驱动", "数控机床"),
                            edge("精密轴承", "数控机床"),
                            edge("运动控制器", "增材制造装备"),
                            edge("工业传感器", "智能检测装备"),
                            edge("工业传感器", "智能物流装备"),
                            edge("工业软件", "智能工厂解决方案"),
                            edge("工业机器人", "系统集成"),
                            edge("智能物流装备", "系统集成"),
                            edge("智能检测装备", "系统集成"),
                            edge("工业机器人", "运维服务"),
                            edge("增材制造装备", "汽车制造应用"),
                            edge("数控机床", "智能工厂解决方案"),
                            edge("数控机床", "工程机械再制造"))),
            new Spec(
                    MEDICAL_DEVICES,
                    "future-health",
                    1,
                    "医疗器械：原材料与元器件 → 设备与试剂 → 应用。",
                    List.of(
                            new Local("kangtai-ivd", "济南康泰生物诊断股份有限公司", List.of(BACKBONE), 12_000, "beiyuan"),
                            new Local("quanyi-material", "济南泉医医用材料有限公司", List.of(), 800, "beiyuan")),
                    List.of(
                            new Node("医用原材料", U, "医用高分子、医用金属", List.of("quanyi-material"), 0),
                            new Node("核心元器件", U, "探测器、传感芯片", List.of(), 2),
                            new Node("医学影像设备", M, "CT、超声、内窥镜", List.of(), 3),
                            new Node("体外诊断试剂", M, "生化、免疫、分子诊断", List.of("kangtai-ivd"), 0),
                            new Node("医疗机构应用", D, "医院、第三方检测", List.of(), 2),
                            new Node("康复与家用器械", D, "康复设备、家用监测", List.of(), 2)),
                    List.of(
                            edge("医用原材料", "医学影像设备"),
                            edge("核心元器件", "医学影像设备"),
                            edge("医用原材料", "体外诊断试剂"),
                            edge("医学影像设备", "医疗机构应用"),
                            edge("体外诊断试剂", "康复与家用器械"))));

    /** When the industry has too few library firms (a fresh test database), invented targets fill the nodes. */
    private static final int MIN_POOL = 6;

    private static final String[] TOP_UP_PLACES = {"上海", "苏州", "深圳", "杭州", "合肥", "北京"};
    private static final String[] TOP_UP_CORES = {"远航", "精诚", "卓越", "华芯", "科瑞", "博远"};
    private static final List<List<EnterpriseTagCode>> TOP_UP_TAGS = List.of(
            List.of(EnterpriseTagCode.FORTUNE_500),
            List.of(EnterpriseTagCode.LISTED, EnterpriseTagCode.HIGH_TECH),
            List.of(EnterpriseTagCode.GAZELLE),
            List.of(),
            List.of(EnterpriseTagCode.UNICORN, EnterpriseTagCode.SRDI),
            List.of(EnterpriseTagCode.CHINA_500));
    private static final int[] TOP_UP_CAPITAL = {200_000, 5_000, 800, 30_000, 150_000, 12_000};

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    IndustryRepository industries;

    private static String[] edge(String from, String to) {
        return new String[] {from, to};
    }

    int load() {
        int added = 0;
        Random random = new Random(20231130L);
        int firmNo = 0;
        for (Spec spec : SPECS) {
            Industry industry = industries.findByCode(spec.industryCode()).orElse(null);
            if (industry == null || Chain.count("name", spec.name()) > 0) {
                firmNo += spec.locals().size() + MIN_POOL;
                continue;
            }
            Map<String, Enterprise> locals = new HashMap<>();
            for (Local local : spec.locals()) {
                locals.put(local.key(), local(local, industry, firmNo++));
            }
            List<Enterprise> pool = targetPool(industry, locals.values(), spec, firmNo);
            firmNo += MIN_POOL;
            Collections.shuffle(pool, random);
            added += chain(spec, industry, locals, pool, random);
        }
        return added;
    }

    private int chain(
            Spec spec, Industry industry, Map<String, Enterprise> locals, List<Enterprise> pool, Random random) {
        Chain chain = new Chain();
        chain.industry = industry;
        chain.name = spec.name();
        chain.description = spec.description();
        chain.sortOrder = spec.sortOrder();
        chain.persist();
        int added = 1;
        Map<String, ChainNode> nodes = new HashMap<>();
        int next = 0;
        Instant now = Instant.now();
        for (int i = 0; i < spec.nodes().size(); i++) {
            Node n = spec.nodes().get(i);
            ChainNode node = new ChainNode();
            node.chain = chain;
            node.name = n.name();
            node.segment = n.segment();
            node.sortOrder = i;
            node.description = n.description();
            node.persist();
            nodes.put(n.name(), node);
            added++;
            for (String key : n.locals()) {
                Enterprise firm = locals.get(key);
                boolean anchor = firm.tags.stream().anyMatch(t -> t.tag == LEADER || t.tag == BACKBONE);
                link(
                        node,
                        firm,
                        ChainRole.LOCAL,
                        anchor ? "本地链主/骨干企业" : "已在区内落地",
                        "admin",
                        now.minus(60 + i, ChronoUnit.DAYS));
                added++;
            }
            Set<Long> onNode = new HashSet<>();
            for (int t = 0; t < n.targets() && onNode.size() < pool.size(); t++) {
                Enterprise firm = pool.get(next++ % pool.size());
                if (!onNode.add(firm.id)) {
                    t--;
                    continue;
                }
                link(
                        node,
                        firm,
                        ChainRole.TARGET,
                        n.locals().isEmpty() ? "按图索骥：补链目标" : "强链目标",
                        "officer",
                        now.minus(random.nextInt(50), ChronoUnit.DAYS));
                added++;
            }
        }
        for (String[] e : spec.edges()) {
            ChainEdge edge = new ChainEdge();
            edge.chain = chain;
            edge.from = nodes.get(e[0]);
            edge.to = nodes.get(e[1]);
            edge.persist();
            added++;
        }
        return added;
    }

    private static void link(ChainNode node, Enterprise firm, ChainRole role, String note, String by, Instant at) {
        ChainNodeEnterprise link = new ChainNodeEnterprise();
        link.node = node;
        link.enterprise = firm;
        link.role = role;
        link.note = note;
        link.linkedBy = by;
        link.linkedAt = at;
        link.persist();
    }

    /** The industry's library firms that are not this chain's locals, topped up with invented ones if too few. */
    private List<Enterprise> targetPool(
            Industry industry, java.util.Collection<Enterprise> locals, Spec spec, int firmNo) {
        Set<Long> localIds = new HashSet<>();
        locals.forEach(f -> localIds.add(f.id));
        List<Enterprise> pool = new ArrayList<>(
                enterprises.<Enterprise>list("mergedInto is null and industry = ?1 order by id", industry).stream()
                        .filter(f -> !localIds.contains(f.id))
                        .toList());
        for (int k = 0; pool.size() < MIN_POOL; k++) {
            String name = TOP_UP_PLACES[k] + TOP_UP_CORES[k] + spec.name().substring(0, 2) + "科技有限公司";
            Local invented = new Local(
                    "top-up-" + k,
                    name,
                    k % 2 == 0 ? "310115" : "440305",
                    TOP_UP_TAGS.get(k),
                    TOP_UP_CAPITAL[k],
                    "invest-bureau");
            Enterprise firm = local(invented, industry, firmNo + k);
            firm.status = k % 2 == 0 ? EnterpriseStatus.FOLLOWING : EnterpriseStatus.POOL;
            pool.add(firm);
        }
        return pool;
    }

    /** A firm of the demo chains, found by its credit code or made. */
    private Enterprise local(Local local, Industry industry, int n) {
        String first17 = "91" + local.region() + String.format("MA%07d", 4_000_000 + n);
        String code = first17 + CreditCode.checkCharacter(first17);
        Enterprise firm = enterprises.findByCreditCode(code).orElse(null);
        if (firm != null) {
            return firm;
        }
        firm = new Enterprise();
        firm.name = local.name();
        firm.creditCode = code;
        firm.regionCode = local.region();
        firm.industry = industry;
        firm.industryCode = industry.gbt4754Codes.length == 0 ? null : industry.gbt4754Codes[0];
        firm.nature = EnterpriseNature.PRIVATE;
        firm.registeredCapital = BigDecimal.valueOf(local.capital());
        firm.status = EnterpriseStatus.CONVERTED;
        firm.source = "产业链图谱梳理";
        firm.attractionMethod = "产业链招商";
        firm.ownerUnit = Unit.<Unit>find("code", local.unitCode())
                .firstResultOptional()
                .orElseGet(() -> Unit.<Unit>find("order by id").firstResult());
        firm.ownerUsername = "admin";
        for (EnterpriseTagCode tag : local.tags()) {
            firm.tags.add(new EnterpriseTag(tag, tag == EnterpriseTagCode.LISTED ? null : 2024));
        }
        enterprises.persist(firm);
        return firm;
    }
}
