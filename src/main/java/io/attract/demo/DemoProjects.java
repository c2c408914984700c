package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.industry.Industry;
import io.attract.project.InvestmentKind;
import io.attract.project.OriginTiers;
import io.attract.project.Project;
import io.attract.project.ProjectPool;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectTransition;
import io.attract.space.Park;
import io.attract.space.Zone;
import io.attract.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * About 230 projects shaped like the seeds' figures: in the demo year (Jan–Nov) 167 projects newly negotiating,
 * signed or landed, with funds in place of 88亿元 and 8092万美元 FDI used (see {@link DemoFunds}); plus last year's
 * projects for year-on-year comparisons, and fresh leads. Deterministic for a given day.
 */
@ApplicationScoped
class DemoProjects {

    static final int NEW_IN_DEMO_YEAR = 167;
    private static final int LAST_YEAR = 45;
    private static final int LEADS = 20;

    /** Furthest stage reached by the demo year's new projects, with how many of each (adds up to 167). */
    private static final List<Map.Entry<ProjectStage, Integer>> NEW_MIX = List.of(
            Map.entry(ProjectStage.NEGOTIATING, 67),
            Map.entry(ProjectStage.SIGNED, 52),
            Map.entry(ProjectStage.REGISTERED, 25),
            Map.entry(ProjectStage.CONSTRUCTION, 12),
            Map.entry(ProjectStage.OPERATING, 3),
            Map.entry(ProjectStage.ON_HOLD, 5),
            Map.entry(ProjectStage.TERMINATED, 3));

    private static final List<Map.Entry<ProjectStage, Integer>> LAST_YEAR_MIX = List.of(
            Map.entry(ProjectStage.NEGOTIATING, 8),
            Map.entry(ProjectStage.SIGNED, 10),
            Map.entry(ProjectStage.REGISTERED, 10),
            Map.entry(ProjectStage.CONSTRUCTION, 10),
            Map.entry(ProjectStage.OPERATING, 7));
    private static final String[] CONTENTS = {
        "总部及研发中心", "年产 5 万吨生产线", "智能工厂", "区域结算中心", "供应链基地", "检验检测平台", "产业园", "技术改造", "创新中心", "数字化平台"
    };
    private static final String[] METHODS = {
        "BUSINESS_NETWORK", "CHAIN", "SPACE", "PROJECT", "REINVESTMENT", "AGENCY_FUND", "EXPO"
    };
    private static final String[] LEADERS = {"张强", "刘建国", "孙立华", "周明"};
    private static final Map<String, String> ZONE_OF_INDUSTRY = Map.of(
            "new-materials",
            "smart-manufacturing-cluster",
            "smart-equipment",
            "smart-manufacturing-cluster",
            "trade",
            "trade-cluster",
            "high-end-services",
            "services-cluster",
            "future-consumption",
            "trade-cluster",
            "future-health",
            "hi-tech-cluster",
            "future-aerospace",
            "hi-tech-cluster",
            "future-digital",
            "hi-tech-cluster");
    private static final Map<String, String> PARK_OF_INDUSTRY = Map.of(
            "new-materials",
            "new-materials-park",
            "smart-equipment",
            "smart-manufacturing-park",
            "future-health",
            "medical-device-park",
            "future-digital",
            "digital-economy-park");

    @Inject
    OriginTiers tiers;

    @Inject
    DemoFunds funds;

    @Inject
    DemoForeignInvestors foreignInvestors;

    /** The year whose Jan–Nov the demo fills: this year from November on, else last year. */
    static int demoYear(LocalDate today) {
        return today.getMonthValue() >= 11 ? today.getYear() : today.getYear() - 1;
    }

    /** The last business date the demo uses: 30 November of the demo year, or yesterday if that is earlier. */
    static LocalDate lastDay(LocalDate today) {
        LocalDate end = LocalDate.of(demoYear(today), 11, 30);
        return end.isBefore(today) ? end : today.minusDays(1);
    }

    int load() {
        LocalDate today = BusinessDates.today();
        int year = demoYear(today);
        if (Project.count("code", code(year, 1)) > 0) {
            return 0;
        }
        Random random = new Random(20231130L);
        LocalDate last = lastDay(today);
        // First: writing the investors clears the persistence context.
        List<Enterprise> foreign = foreignInvestors.load();
        List<Enterprise> firms = Enterprise.list("mergedInto is null and countryCode is null order by id");
        List<Unit> units = Unit.list("order by id");
        Map<String, Zone> zones =
                Zone.<Zone>listAll().stream().collect(Collectors.toMap(z -> z.code, Function.identity()));
        Map<String, Park> parks =
                Park.<Park>listAll().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Builder builder = new Builder(random, firms, foreign, units, zones, parks);

        List<Project> made = new ArrayList<>();
        int n = 0;
        for (var mix : LAST_YEAR_MIX) {
            for (int i = 0; i < mix.getValue(); i++) {
                LocalDate start = LocalDate.of(year - 1, 1, 10).plusDays(random.nextInt(200));
                made.add(builder.project(
                        code(year - 1, ++n), mix.getKey(), start, last, LocalDate.of(year - 1, 12, 31)));
            }
        }
        n = 0;
        for (var mix : NEW_MIX) {
            for (int i = 0; i < mix.getValue(); i++) {
                int room = Math.max(1, last.getDayOfYear() - 20);
                LocalDate start = LocalDate.of(year, 1, 5).plusDays(random.nextInt(room));
                made.add(builder.project(code(year, ++n), mix.getKey(), start, last, last));
            }
        }
        for (int i = 0; i < LEADS; i++) {
            LocalDate start = last.minusDays(random.nextInt(120));
            made.add(builder.project(code(year, ++n), ProjectStage.LEAD, start, last, last));
        }
        int records = funds.load(made, year, last, random);
        return made.size() + records + DemoPending.load(made, last);
    }

    static String code(int year, int n) {
        return "TQ%d-%03d".formatted(year, n);
    }

    private final class Builder {
        private final Random random;
        private final List<Enterprise> firms;
        private final List<Enterprise> foreign;
        private final List<Unit> units;
        private final Map<String, Zone> zones;
        private final Map<String, Park> parks;

        Builder(
                Random random,
                List<Enterprise> firms,
                List<Enterprise> foreign,
                List<Unit> units,
                Map<String, Zone> zones,
                Map<String, Park> parks) {
            this.random = random;
            this.firms = firms;
            this.foreign = foreign;
            this.units = units;
            this.zones = zones;
            this.parks = parks;
        }

        /**
         * A project that reached {@code furthest} through the funnel, starting on {@code start}; its steps fall
         * no later than {@code stepsBy} (last year's projects finish their new-counting stages in their year) and
         * {@code last}.
         */
        Project project(String code, ProjectStage furthest, LocalDate start, LocalDate last, LocalDate stepsBy) {
            boolean overseas = random.nextInt(100) < 8;
            Enterprise investor =
                    overseas ? foreign.get(random.nextInt(foreign.size())) : firms.get(random.nextInt(firms.size()));
            Industry industry = investor.industry;
            Project p = new Project();
            p.code = code;
            p.investors.add(investor);
            p.name = shortName(investor.name) + CONTENTS[random.nextInt(CONTENTS.length)] + "项目";
            p.industry = industry;
            p.industryCode = investor.industryCode;
            p.zone = industry == null ? null : zones.get(ZONE_OF_INDUSTRY.get(industry.code));
            p.park = industry == null || random.nextBoolean() ? null : parks.get(PARK_OF_INDUSTRY.get(industry.code));
            p.unit = units.get(random.nextInt(units.size()) % units.size());
            if (random.nextInt(100) < 15) {
                p.unit = units.stream()
                        .filter(u -> u.code.equals("wuyingshan"))
                        .findFirst()
                        .orElse(p.unit);
            }
            p.ownerUsername =
                    p.unit.code.equals("wuyingshan") ? "officer" : p.unit.code.equals("luokou") ? "officer2" : null;
            p.originTier = tiers.of(investor.regionCode, investor.countryCode);
            p.attractionMethod = METHODS[random.nextInt(METHODS.length)];
            long total = 2000 + (long) (Math.pow(random.nextDouble(), 2.2) * 300_000);
            p.totalInvestment = BigDecimal.valueOf(total);
            p.fixedAssetInvestment = BigDecimal.valueOf(total * (55 + random.nextInt(40)) / 100);
            p.contractForeignUsd = overseas ? BigDecimal.valueOf(total * (30 + random.nextInt(60)) / 710) : null;
            if (p.attractionMethod.equals("REINVESTMENT")) {
                // 二次招商: a local firm's upgrade or capital increase, counted by its increment (三明). No random
                // draw here, so the rest of the demo stays as it was.
                p.investmentKind = total % 2 == 0 ? InvestmentKind.UPGRADE : InvestmentKind.CAPITAL_INCREASE;
                p.incrementInvestment = BigDecimal.valueOf(total * 35 / 100);
            }
            p.keyProject = total > 100_000 || random.nextInt(100) < 10;
            p.sponsorLeader = p.keyProject ? LEADERS[random.nextInt(LEADERS.length)] : null;
            if (LEADERS[0].equals(p.sponsorLeader)) { // 张强 is the demo's leader user
                p.sponsorUsername = DemoUnits.LEADER.username();
                p.sponsorLeader = DemoUnits.LEADER.displayName();
            }
            p.constructionContent = "建设" + CONTENTS[random.nextInt(CONTENTS.length)] + "，主要从事"
                    + (industry == null ? "相关业务" : industry.name + "相关业务") + "。";
            p.plan = p.keyProject ? "一项目一方案：明确包挂领导、责任单位和时间节点，按月调度。" : null;
            List<ProjectTransition> steps =
                    DemoStages.walk(p, furthest, start, stepsBy.isBefore(last) ? stepsBy : last, random);
            p.pool = pool(p.funnelStage());
            p.persist();
            steps.forEach(t -> t.persist());
            return p;
        }

        private ProjectPool pool(ProjectStage stage) {
            if (stage == null || stage == ProjectStage.LEAD) {
                return ProjectPool.PLANNING;
            }
            return stage.before(ProjectStage.REGISTERED) ? ProjectPool.PROMOTION : ProjectPool.IMPLEMENTATION;
        }
    }

    private static String shortName(String firm) {
        String s = firm.replaceAll("(集团)?(股份)?有限(责任)?公司$", "").replace("科技", "");
        return s.length() > 10 ? s.substring(0, 10) : s;
    }
}
