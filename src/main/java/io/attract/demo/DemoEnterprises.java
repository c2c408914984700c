package io.attract.demo;

import io.attract.enterprise.CreditCode;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseRepository;
import io.attract.enterprise.EnterpriseRequest;
import io.attract.enterprise.EnterpriseService;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTagCode;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A few hundred invented target firms across the 4+N industries, with valid credit codes; deterministic. Each is
 * entered through the enterprise service by an officer of its owner unit, so the firm's rules (credit code, tags,
 * contacts) check it and the officer becomes its 负责人.
 */
@ApplicationScoped
class DemoEnterprises {

    static final int COUNT = 320;

    private record Place(String name, String region) {}

    private static final List<Place> PLACES = List.of(
            new Place("济南", "370100"),
            new Place("天桥", "370105"),
            new Place("山东", "370102"),
            new Place("齐鲁", "370112"),
            new Place("泉城", "370103"),
            new Place("青岛", "370200"),
            new Place("烟台", "370600"),
            new Place("上海", "310115"),
            new Place("北京", "110108"),
            new Place("深圳", "440305"),
            new Place("苏州", "320505"),
            new Place("杭州", "330106"),
            new Place("合肥", "340104"),
            new Place("西安", "610113"));
    private static final String[] CORES = {
        "华瑞", "宏泰", "恒鑫", "博睿", "中科", "金远", "新航", "联创", "盛达", "源信", "天衡", "嘉和", "众诚", "东岳", "海纳", "九州", "鼎盛", "正泰",
        "瑞丰", "启明", "北辰", "泰山", "明湖", "黄河"
    };
    private static final Map<String, String[]> WORDS = Map.of(
            "new-materials", new String[] {"新材料", "化工新材料", "高分子材料", "碳纤维", "特种合金", "功能膜材料"},
            "smart-equipment", new String[] {"智能装备", "机器人", "数控机床", "精密机械", "自动化", "重工"},
            "trade", new String[] {"商贸", "供应链", "物流", "服饰", "鞋业", "通讯器材"},
            "high-end-services", new String[] {"金融服务", "管理咨询", "科技服务", "检验检测", "会计师事务", "融资租赁"},
            "future-consumption", new String[] {"文旅", "电子商务", "新零售", "餐饮管理"},
            "future-health", new String[] {"医疗器械", "生物医药", "健康科技", "康复设备"},
            "future-aerospace", new String[] {"航空科技", "卫星应用", "无人机", "低空飞行"},
            "future-digital", new String[] {"信息技术", "软件", "大数据", "人工智能", "云计算"});
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "科技有限公司", "集团有限公司"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"};
    private static final String[] TITLES = {"董事长", "总经理", "副总经理", "投资总监", "战略发展部部长"};
    private static final String[] METHODS = {"以商招商", "产业链招商", "空间招商", "项目招商", "二次招商", "中介招商", "展会招商"};
    private static final String[] REVENUE = {"<1亿", "1-10亿", "10-50亿", "50-100亿", ">100亿"};

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EnterpriseService service;

    @Inject
    IndustryRepository industries;

    @Inject
    UnitRepository units;

    @Inject
    DemoActor actor;

    /** The firms whose credit code is not yet taken, entered by an officer of the owner unit. */
    int load() {
        Set<String> known = new HashSet<>(enterprises
                .getEntityManager()
                .createQuery("select e.creditCode from Enterprise e where e.creditCode is not null", String.class)
                .getResultList());
        Random random = new Random(20231130L);
        Map<String, Industry> byCode =
                industries.listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        // Codes read now: each firm's write below detaches the units.
        List<String> owners = units.listAll().stream().map(u -> u.code).toList();
        List<String> industryCodes = WORDS.keySet().stream().sorted().toList();
        int added = 0;
        for (int n = 0; n < COUNT; n++) {
            String industryCode = industryCodes.get(n % industryCodes.size());
            String[] words = WORDS.get(industryCode);
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            String name = place.name()
                    + CORES[random.nextInt(CORES.length)]
                    + words[random.nextInt(words.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
            String first17 = "91" + place.region() + String.format("MA%07d", 3_000_000 + n);
            String creditCode = first17 + CreditCode.checkCharacter(first17);
            Industry industry = byCode.get(industryCode);
            String gbt4754 = industry == null || industry.gbt4754Codes.length == 0
                    ? null
                    : industry.gbt4754Codes[random.nextInt(industry.gbt4754Codes.length)];
            EnterpriseNature nature = n % 17 == 0
                    ? EnterpriseNature.CENTRAL_SOE
                    : n % 11 == 0
                            ? EnterpriseNature.LOCAL_SOE
                            : n % 13 == 0 ? EnterpriseNature.FOREIGN : EnterpriseNature.PRIVATE;
            BigDecimal registeredCapital = BigDecimal.valueOf(100 + random.nextInt(500_000), 1);
            String revenueBand = REVENUE[random.nextInt(REVENUE.length)];
            int employees = 20 + random.nextInt(5000);
            EnterpriseStatus status = n % 7 == 0
                    ? EnterpriseStatus.FOLLOWING
                    : n % 23 == 0 ? EnterpriseStatus.DORMANT : EnterpriseStatus.POOL;
            String method = METHODS[random.nextInt(METHODS.length)];
            String owner = owners.get(random.nextInt(owners.size()));
            List<EnterpriseRequest.TagInput> tags = tags(random, n);
            List<EnterpriseRequest.ContactInput> contacts = n % 3 == 0
                    ? List.of(new EnterpriseRequest.ContactInput(
                            SURNAMES[random.nextInt(SURNAMES.length)] + "总",
                            TITLES[random.nextInt(TITLES.length)],
                            "13" + String.format("%09d", random.nextInt(1_000_000_000)),
                            null))
                    : List.of();
            if (known.contains(creditCode)) {
                continue; // drawn all the same: the firms after it stay as they were
            }
            if (enterprises.count("name", name) > 0) {
                name = name.replace("有限公司", "（" + (n % 9 + 1) + "号）有限公司");
            }
            EnterpriseRequest request = actor.valid(new EnterpriseRequest(
                    name,
                    null,
                    creditCode,
                    place.region(),
                    null,
                    gbt4754,
                    industry == null ? null : industry.id,
                    nature,
                    registeredCapital,
                    revenueBand,
                    employees,
                    null,
                    null,
                    status,
                    method,
                    "2023年目标企业梳理",
                    tags,
                    contacts));
            actor.as(DemoUnits.officerOf(owner), owner, () -> service.create(request));
            added++;
        }
        return added;
    }

    /** A tag every {@code every}-th firm (at {@code at}) carries, listed in a year or (false) without one. */
    private record TagRule(EnterpriseTagCode tag, int every, int at, boolean dated) {}

    private static final List<TagRule> TAG_RULES = List.of(
            new TagRule(EnterpriseTagCode.CHAIN_LEADER, 10, 0, true),
            new TagRule(EnterpriseTagCode.BACKBONE, 6, 0, true),
            new TagRule(EnterpriseTagCode.GAZELLE, 9, 1, true),
            new TagRule(EnterpriseTagCode.UNICORN, 41, 2, true),
            new TagRule(EnterpriseTagCode.SRDI, 5, 3, true),
            new TagRule(EnterpriseTagCode.LITTLE_GIANT, 15, 4, true),
            new TagRule(EnterpriseTagCode.HIGH_TECH, 4, 0, true),
            new TagRule(EnterpriseTagCode.FORTUNE_500, 29, 5, true),
            new TagRule(EnterpriseTagCode.LISTED, 19, 6, false));

    private static List<EnterpriseRequest.TagInput> tags(Random random, int n) {
        int year = 2021 + random.nextInt(4);
        return TAG_RULES.stream()
                .filter(rule -> n % rule.every() == rule.at())
                .map(rule -> new EnterpriseRequest.TagInput(rule.tag(), rule.dated() ? year : null))
                .toList();
    }
}
