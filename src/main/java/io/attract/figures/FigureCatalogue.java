package io.attract.figures;

import io.attract.figures.Figure.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of figures (口径, docs/figures.md): every figure the cockpit, the monthly report, the ranking, the
 * briefing and the drill-downs show, once, with the definition printed beside it. Only confirmed stage changes and
 * funds count (docs/api-confirmation.md).
 */
public final class FigureCatalogue {

    public static final String NEW_PROJECTS = "new_projects";
    public static final String NEW_NEGOTIATING = "new_negotiating";
    public static final String NEW_SIGNED = "new_signed";
    public static final String NEW_LANDED = "new_landed";
    public static final String NEW_SIGNED_OR_LANDED = "new_signed_or_landed";
    public static final String SIGNED_PROJECTS = "signed_projects";
    public static final String COUNTED_INVESTMENT = "counted_investment";
    public static final String FUNDS = "funds";
    public static final String FOREIGN_USD = "foreign_usd";
    public static final String FUNNEL_ENTERED = "funnel_entered";
    public static final String FUNNEL_REACHED = "funnel_reached";
    public static final String STAGE_COUNT = "stage_count";
    public static final String MONTHLY_NEW = "monthly_new";
    public static final String LEADER_TRIPS = "leader_trips";
    public static final String TRIPS = "trips";
    public static final String EVENTS = "events";
    public static final String EVENT_SIGNED = "event_signed";
    public static final String KEY_PROJECTS = "key_projects";
    public static final String STALLED = "stalled";
    public static final String TARGET_COMPLETION = "target_completion";
    public static final String TIME_PROGRESS = "time_progress";
    public static final String RANKING_SCORE = "ranking_score";
    public static final String PENDING_CHANGES = "pending_changes";

    private static final Map<String, Figure> BY_ID = new LinkedHashMap<>();

    static {
        add(
                NEW_PROJECTS,
                "新在谈、签约、落地项目",
                "New projects (negotiating, signed, landed)",
                "期内首次进入在谈、签约或落地阶段的项目，每个项目只计一次，按期内所达最远阶段计。",
                "Projects that first entered negotiation, signing or landing in the period, each counted once at the furthest of those stages it reached in the period.",
                Unit.COUNT);
        add(
                NEW_NEGOTIATING,
                "其中：在谈",
                "of which negotiating",
                "新在谈、签约、落地项目中，期内所达最远阶段为在谈的项目。",
                "Of the new projects, those whose furthest stage reached in the period is negotiation.",
                Unit.COUNT);
        add(
                NEW_SIGNED,
                "其中：签约",
                "of which signed",
                "新在谈、签约、落地项目中，期内签约而未在期内落地的项目。",
                "Of the new projects, those signed in the period and not landed in it.",
                Unit.COUNT);
        add(
                NEW_LANDED,
                "新落地项目",
                "Newly landed projects",
                "期内首次落地（注册；未登记注册日期的，以开工或投产计）的项目。",
                "Projects that first landed (registered; construction or operation when no registration is known) in the period.",
                Unit.COUNT);
        add(
                NEW_SIGNED_OR_LANDED,
                "其中：签约、落地",
                "of which signed or landed",
                "新在谈、签约、落地项目中，期内所达最远阶段为签约或落地的项目（其中：签约 + 新落地项目）。",
                "Of the new projects, those whose furthest stage reached in the period is signing or landing (of which signed + newly landed).",
                Unit.COUNT);
        add(
                SIGNED_PROJECTS,
                "新签约项目（含已落地）",
                "Newly signed projects (incl. landed)",
                "期内首次签约的项目；未经签约直接注册、开工或投产的，以其首个后续阶段计。目标考核按此口径。",
                "Projects first signed in the period, or, if signing was skipped, first reaching a later stage in it. Targets and the ranking count this.",
                Unit.COUNT);
        add(
                COUNTED_INVESTMENT,
                "新增项目计划总投资",
                "Planned investment of new projects",
                "新在谈、签约、落地项目的计划总投资；增资扩股、升级改造项目只计新增部分（三明）。",
                "Planned total investment of the new projects; a capital increase or upgrade counts only its increment.",
                Unit.CNY_10K);
        add(
                FUNDS,
                "到位资金",
                "Funds in place",
                "期内到位并经审核的资金（按到位日期）。",
                "Confirmed funds that arrived in the period (by arrival date).",
                Unit.CNY_10K);
        add(
                FOREIGN_USD,
                "实际使用外资",
                "Foreign investment actually used",
                "到位资金中的实际使用外资部分（商务部口径），按到位日期计。",
                "The FDI part of the funds in place (MOFCOM basis), by arrival date.",
                Unit.USD_10K);
        add(
                FUNNEL_ENTERED,
                "本年进入漏斗项目",
                "Projects entering the funnel this year",
                "本年内首次进入在谈或更后阶段的项目。",
                "Projects whose first funnel stage (negotiation or later) falls in the year to the as-of date.",
                Unit.COUNT);
        add(
                FUNNEL_REACHED,
                "漏斗各阶段到达数",
                "Funnel: reached each stage",
                "本年进入漏斗的项目中，截至统计日已到达各阶段的项目数。",
                "Of the projects entering the funnel this year, those that reached each stage by the as-of date.",
                Unit.COUNT);
        add(
                STAGE_COUNT,
                "各阶段项目数",
                "Projects by stage",
                "统计日终了时处于各阶段的项目数（按审核通过的阶段变更）。",
                "Projects in each stage at the end of the as-of date (by confirmed stage changes).",
                Unit.COUNT);
        add(
                MONTHLY_NEW,
                "每月新增项目",
                "New projects by month",
                "各月首次进入在谈、签约或落地的项目，按当月所达最远阶段计；同一项目在不同月份推进的，各月分别计，故各月之和大于全年新增项目数。",
                "Per month: projects first entering negotiation, signing or landing that month, at the furthest reached that month. A project that advanced in two months is in both, so the months add up to more than the year's new projects.",
                Unit.COUNT);
        add(
                LEADER_TRIPS,
                "领导带队外出招商",
                "Leader-led outreach trips",
                "期内出发、有带队领导的外出招商次数。",
                "Trips starting in the period with a leader named.",
                Unit.COUNT);
        add(TRIPS, "外出招商", "Outreach trips", "期内出发的外出招商次数。", "Trips starting in the period.", Unit.COUNT);
        add(EVENTS, "招商活动", "Investment events", "期内举办的招商活动场次。", "Events held in the period.", Unit.COUNT);
        add(
                EVENT_SIGNED,
                "活动签约项目",
                "Projects signed at events",
                "期内举办的招商活动上签约的项目；同一项目只计入其首个签约活动。",
                "Projects credited to events held in the period, each to its first event.",
                Unit.COUNT);
        add(
                KEY_PROJECTS,
                "重点项目",
                "Key projects",
                "未终止的重点项目，按计划总投资从大到小。",
                "Live key projects, largest planned investment first.",
                Unit.COUNT);
        add(
                STALLED,
                "停滞项目",
                "Stalled projects",
                "统计日超过停滞规则期限未推进的项目。",
                "Projects past a stall rule on the as-of date.",
                Unit.COUNT);
        add(
                TARGET_COMPLETION,
                "目标完成率",
                "Target completion",
                "实际完成 ÷ 年度目标 × 100%。",
                "Actual ÷ the year's target × 100%.",
                Unit.PERCENT);
        add(
                TIME_PROGRESS,
                "序时进度",
                "Time progress",
                "N/12，N 为统计日所在月份（统计日为月末时）或已过完的月份数。",
                "N/12, N the months completed at the as-of date.",
                Unit.PERCENT);
        add(
                RANKING_SCORE,
                "考核得分",
                "Ranking score",
                "按本年考核规则（完成率法或功效系数法）对四项指标加权计分。",
                "The year's rule (completion or efficacy-coefficient method) over the four metrics, weighted.",
                Unit.SCORE);
        add(
                PENDING_CHANGES,
                "待审核变更",
                "Changes awaiting confirmation",
                "专员登记、单位负责人尚未审核的阶段变更和到位资金；审核前不计入任何统计数。",
                "Stage changes and funds recorded by officers and not yet confirmed by the unit head; no figure counts them until then.",
                Unit.COUNT);
    }

    private FigureCatalogue() {}

    private static void add(String id, String name, String nameEn, String definition, String definitionEn, Unit unit) {
        BY_ID.put(id, new Figure(id, name, nameEn, definition, definitionEn, unit));
    }

    public static List<Figure> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<Figure> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** A figure the code names; an unknown id is a programming error. */
    public static Figure get(String id) {
        Figure f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no figure " + id);
        }
        return f;
    }
}
