package io.attract.demo;

import io.attract.enterprise.CreditCode;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseContact;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseRepository;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTag;
import io.attract.enterprise.EnterpriseTagCode;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A few hundred invented target firms across the 4+N industries, with valid credit codes; deterministic. */
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
    IndustryRepository industries;

    @Inject
    UnitRepository units;

    int load() {
        if (enterprises.count() > 0) {
            return 0;
        }
        Random random = new Random(20231130L);
        Map<String, Industry> byCode =
                industries.listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        List<Unit> owners = units.listAll();
        List<String> industryCodes = WORDS.keySet().stream().sorted().toList();
        for (int n = 0; n < COUNT; n++) {
            String industryCode = industryCodes.get(n % industryCodes.size());
            String[] words = WORDS.get(industryCode);
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            Enterprise firm = new Enterprise();
            firm.name = place.name()
                    + CORES[random.nextInt(CORES.length)]
                    + words[random.nextInt(words.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
            if (enterprises.count("name", firm.name) > 0) {
                firm.name = firm.name.replace("有限公司", "（" + (n % 9 + 1) + "号）有限公司");
            }
            String first17 = "91" + place.region() + String.format("MA%07d", 3_000_000 + n);
            firm.creditCode = first17 + CreditCode.checkCharacter(first17);
            firm.regionCode = place.region();
            firm.industry = byCode.get(industryCode);
            firm.industryCode = firm.industry == null || firm.industry.gbt4754Codes.length == 0
                    ? null
                    : firm.industry.gbt4754Codes[random.nextInt(firm.industry.gbt4754Codes.length)];
            firm.nature = n % 17 == 0
                    ? EnterpriseNature.CENTRAL_SOE
                    : n % 11 == 0
                            ? EnterpriseNature.LOCAL_SOE
                            : n % 13 == 0 ? EnterpriseNature.FOREIGN : EnterpriseNature.PRIVATE;
            firm.registeredCapital = BigDecimal.valueOf(100 + random.nextInt(500_000), 1);
            firm.revenueBand = REVENUE[random.nextInt(REVENUE.length)];
            firm.employees = 20 + random.nextInt(5000);
            firm.status = n % 7 == 0
                    ? EnterpriseStatus.FOLLOWING
                    : n % 23 == 0 ? EnterpriseStatus.DORMANT : EnterpriseStatus.POOL;
            firm.attractionMethod = METHODS[random.nextInt(METHODS.length)];
            firm.source = "2023年目标企业梳理";
            firm.ownerUnit = owners.get(random.nextInt(owners.size()));
            tag(firm, random, n);
            if (n % 3 == 0) {
                EnterpriseContact contact = new EnterpriseContact();
                contact.enterprise = firm;
                contact.name = SURNAMES[random.nextInt(SURNAMES.length)] + "总";
                contact.title = TITLES[random.nextInt(TITLES.length)];
                contact.phone = "13" + String.format("%09d", random.nextInt(1_000_000_000));
                firm.contacts.add(contact);
            }
            enterprises.persist(firm);
        }
        return COUNT;
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

    private static void tag(Enterprise firm, Random random, int n) {
        int year = 2021 + random.nextInt(4);
        for (TagRule rule : TAG_RULES) {
            if (n % rule.every() == rule.at()) {
                firm.tags.add(new EnterpriseTag(rule.tag(), rule.dated() ? year : null));
            }
        }
    }
}
