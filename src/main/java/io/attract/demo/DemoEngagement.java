package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseContact;
import io.attract.event.EventKind;
import io.attract.event.EventRequest;
import io.attract.event.EventRole;
import io.attract.event.EventService;
import io.attract.event.InvestmentEvent;
import io.attract.holiday.HolidayCalendar;
import io.attract.lead.AssessmentResult;
import io.attract.lead.DropRequest;
import io.attract.lead.Lead;
import io.attract.lead.LeadClockRule;
import io.attract.lead.LeadClocks;
import io.attract.lead.LeadRequest;
import io.attract.lead.LeadService;
import io.attract.lead.LeadSource;
import io.attract.lead.LeadStatus;
import io.attract.lead.LeadStep;
import io.attract.lead.LeadStepKind;
import io.attract.lead.StepRequest;
import io.attract.project.Project;
import io.attract.project.ProjectStage;
import io.attract.trip.Trip;
import io.attract.trip.TripRequest;
import io.attract.trip.TripService;
import io.attract.unit.Unit;
import io.attract.visit.VisitIntent;
import io.attract.visit.VisitKind;
import io.attract.visit.VisitRequest;
import io.attract.visit.VisitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year of engagement shaped like Tianqiao's 2023: 14 leader-led outreach trips (and a few unit trips), 8 large
 * events with the projects signed at them (one project at two events, to show the credit rule), about 600 visits
 * and 120 leads in every state — with the demo officer's week holding overdue follow-ups and leads.
 */
@ApplicationScoped
class DemoEngagement {

    static final int LEADER_LED_TRIPS = 14;
    static final int UNIT_TRIPS = 4;
    static final int EVENTS = 8;
    private static final int VISITS = 600;
    private static final int LEADS = 120;

    private static final String FIRST_EVENT = "天桥区重点项目集中签约仪式（一季度）";
    private static final String[] LEADERS = {"张强", "刘建国", "孙立华", "周明"};
    private static final String[][] DESTINATIONS = {
        {"深圳", "东莞"},
        {"上海", "苏州"},
        {"北京"},
        {"杭州", "宁波"},
        {"广州", "佛山"},
        {"合肥"},
        {"南京", "无锡"},
        {"成都"},
        {"香港"},
        {"天津"},
        {"厦门"},
        {"武汉"},
        {"西安"},
        {"青岛", "烟台"},
        {"长沙"},
        {"郑州"},
        {"重庆"},
        {"东京", "大阪"}
    };
    private static final String[] TRIP_THEMES = {"新材料产业链招商", "智能制造装备专题招商", "数字经济项目对接", "总部经济招商", "商贸物流企业拜访", "生物医药项目洽谈"
    };
    private static final String[] DELEGATES = {"投资促进局局长", "投资促进局副局长", "发改局副局长", "工信局副局长", "街道党工委书记", "园区管委会副主任", "招商专员"
    };
    private static final String[] SUMMARIES = {
        "介绍天桥区产业政策和新材料产业园载体，企业对区位和物流条件较为认可。",
        "企业拟在华北布局区域总部，重点关注人才政策和办公载体，约定下月来访考察。",
        "就扩产项目用地进行了沟通，企业希望明确供地时间和配套条件。",
        "企业负责人来访，参观了智能制造产业园，对厂房面积和层高提出具体要求。",
        "电话回访企业投资意向，企业表示正在进行内部论证，暂无明确时间表。",
        "视频会议交流项目方案，双方就投资规模、建设周期和政策支持初步达成共识。",
        "展会期间与企业洽谈，企业有意设立销售结算中心，需进一步对接商务局。"
    };
    private static final String[] NEXT_STEPS = {
        "报送项目信息给投资促进局研判", "邀请企业来天桥实地考察", "对接园区载体资料", "协调自然资源部门说明供地计划", "准备政策汇编并发送企业"
    };
    private static final String[] LEAD_TITLES = {
        "拟设立区域总部", "拟投资新材料生产线", "拟建设智能工厂", "拟设立研发中心", "拟布局供应链基地", "拟设立结算中心", "拟扩大再投资"
    };
    private static final String[] PROGRESS_NOTES = {
        "企业内部立项论证中。", "已提供载体资料，企业正在比选。", "企业高层来访考察，对政策表示认可。", "双方就投资协议条款进行磋商。"
    };
    private static final String[] OUR_NAMES = {"孙悦", "马超", "周婷", "吴昊", "郑洁", "冯磊"};

    /** The login the demo enters records under where no demo officer works (the bureau, most streets), as before. */
    private static final String ENTERED_BY = "admin";

    private record DemoEvent(
            String name, EventKind kind, EventRole role, int month, int day, String place, String organiser) {}

    private static final List<DemoEvent> EVENT_PLAN = List.of(
            new DemoEvent(FIRST_EVENT, EventKind.SIGNING, EventRole.HOSTED, 3, 28, "天桥区会议中心", null),
            new DemoEvent("新材料产业链招商推介会（深圳）", EventKind.PROMOTION, EventRole.HOSTED, 4, 18, "深圳会展中心", null),
            new DemoEvent("中国（山东）国际投资贸易洽谈会", EventKind.EXPO, EventRole.ATTENDED, 5, 20, "济南国际会展中心", "山东省商务厅"),
            new DemoEvent("黄河流域智能制造产业发展论坛", EventKind.FORUM, EventRole.HOSTED, 6, 15, "济南新材料产业园区", null),
            new DemoEvent("天桥区重点项目集中签约仪式（年中）", EventKind.SIGNING, EventRole.HOSTED, 7, 26, "天桥区会议中心", null),
            new DemoEvent("数字经济项目推介会（上海）", EventKind.PROMOTION, EventRole.HOSTED, 9, 12, "上海国际会议中心", null),
            new DemoEvent("中国国际服务贸易交易会", EventKind.EXPO, EventRole.ATTENDED, 9, 25, "北京首钢园", "商务部、北京市人民政府"),
            new DemoEvent("天桥区重点项目集中签约仪式（四季度）", EventKind.SIGNING, EventRole.HOSTED, 11, 6, "天桥区会议中心", null));

    @Inject
    DemoActor actor;

    @Inject
    TripService tripService;

    @Inject
    EventService eventService;

    @Inject
    VisitService visitService;

    @Inject
    LeadService leadService;

    @Inject
    HolidayCalendar holidays;

    int load() {
        if (InvestmentEvent.count("name", FIRST_EVENT) > 0) {
            return 0;
        }
        LocalDate today = BusinessDates.today();
        int year = DemoProjects.demoYear(today);
        LocalDate last = DemoProjects.lastDay(today);
        Random random = new Random(20231215L);
        Map<String, Unit> units =
                Unit.<Unit>listAll().stream().collect(Collectors.toMap(u -> u.code, Function.identity()));
        List<Unit> allUnits = Unit.list("order by id");
        Unit bureau = units.get("invest-bureau");
        Unit wuyingshan = units.get("wuyingshan");
        List<Enterprise> firms = Enterprise.list(
                "from Enterprise e left join fetch e.industry where e.mergedInto is null order by e.id");
        List<Project> yearProjects = Project.list(
                "from Project p join fetch p.unit where p.negotiatingOn >= ?1 order by p.negotiatingOn, p.id",
                LocalDate.of(year, 1, 1));
        // What the drafts read of these after DemoActor has cleared the persistence context, read now.
        firms.forEach(f -> f.contacts.size());
        yearProjects.forEach(p -> p.investors.forEach(i -> i.contacts.size()));

        List<Trip> trips = trips(year, last, bureau, allUnits, random);
        List<InvestmentEvent> events = events(year, last, bureau);
        int links = linkProjects(trips, events, yearProjects, random);
        int visits = visits(year, last, today, trips, events, firms, allUnits, wuyingshan, yearProjects, random);
        int leads = leads(year, last, today, trips, firms, allUnits, wuyingshan, random);
        return trips.size() + events.size() + links + visits + leads;
    }

    /** Leader-led trips are the bureau's, the others a street's; entered through the trip service. */
    private List<Trip> trips(int year, LocalDate last, Unit bureau, List<Unit> units, Random random) {
        List<Trip> trips = new ArrayList<>();
        int span = Math.max(30, last.getDayOfYear() - 10);
        for (int i = 0; i < LEADER_LED_TRIPS + UNIT_TRIPS; i++) {
            boolean leaderLed = i < LEADER_LED_TRIPS;
            String[] cities = DESTINATIONS[i % DESTINATIONS.length];
            LocalDate start = LocalDate.of(year, 1, 8).plusDays((long) span * i / (LEADER_LED_TRIPS + UNIT_TRIPS));
            LocalDate end = start.plusDays(1 + random.nextInt(3));
            String[] delegation = leaderLed
                    ? new String[] {DELEGATES[0], DELEGATES[2 + random.nextInt(3)], DELEGATES[6]}
                    : new String[] {DELEGATES[4], DELEGATES[6]};
            String theme = TRIP_THEMES[i % TRIP_THEMES.length];
            TripRequest request = actor.valid(new TripRequest(
                    "赴" + String.join("、", cities) + theme,
                    leaderLed ? LEADERS[i % LEADERS.length] : null,
                    List.of(delegation),
                    List.of(cities),
                    start,
                    end.isAfter(last) ? last : end,
                    "拜访重点目标企业，推介天桥区" + theme.replace("招商", "") + "发展机遇。",
                    "拜访企业 " + (3 + random.nextInt(5)) + " 家，形成项目线索若干，邀请企业来天桥考察。"));
            Unit unit = leaderLed ? bureau : units.get(random.nextInt(17));
            trips.add(actor.as(ENTERED_BY, unit.code, () -> tripService.create(request)));
        }
        return trips;
    }

    /** The bureau's events, entered through the event service. */
    private List<InvestmentEvent> events(int year, LocalDate last, Unit bureau) {
        List<InvestmentEvent> events = new ArrayList<>();
        for (DemoEvent plan : EVENT_PLAN) {
            LocalDate on = LocalDate.of(year, plan.month(), plan.day());
            EventRequest request = actor.valid(new EventRequest(
                    plan.name(),
                    plan.kind(),
                    plan.role(),
                    on.isAfter(last) ? last : on,
                    plan.place(),
                    plan.organiser() == null ? "天桥区人民政府" : plan.organiser(),
                    "区领导、各街道及部门主要负责人、签约企业代表",
                    plan.kind() == EventKind.SIGNING ? "集中签约一批重点项目，涵盖新材料、智能制造、商贸服务等领域。" : "推介天桥区产业定位、重点园区和政策，现场对接企业。"));
            events.add(actor.as(ENTERED_BY, bureau.code, () -> eventService.create(request)));
        }
        return events;
    }

    /** Signing events take the projects signed in the 30 days before them; trips are credited with projects begun after. */
    private int linkProjects(List<Trip> trips, List<InvestmentEvent> events, List<Project> projects, Random random) {
        int links = 0;
        Long repeated = null;
        for (InvestmentEvent e : events) {
            if (e.kind != EventKind.SIGNING) {
                continue;
            }
            for (Project p : projects) {
                if (p.signedOn != null && !p.signedOn.isAfter(e.heldOn) && p.signedOn.isAfter(e.heldOn.minusDays(30))) {
                    link(e, p);
                    links++;
                    repeated = repeated == null ? p.id : repeated;
                }
            }
        }
        // One project presented again at a later promotion: it stays credited to its signing ceremony only.
        InvestmentEvent later = events.get(5);
        if (repeated != null) {
            link(later, Project.findById(repeated));
            links++;
        }
        for (Trip t : trips) {
            for (Project p : projects) {
                if (p.tripId == null
                        && p.negotiatingOn != null
                        && p.negotiatingOn.isAfter(t.endDate)
                        && p.negotiatingOn.isBefore(t.endDate.plusDays(30))
                        && random.nextInt(100) < 55) {
                    p.tripId = t.id;
                    Project.<Project>findById(p.id).tripId = t.id; // p itself was read before the links were made

                    links++;
                }
            }
        }
        return links;
    }

    /** As the event's unit records a project signed at it (the event service's rule of who may link). */
    private void link(InvestmentEvent e, Project p) {
        actor.as(ENTERED_BY, e.unit.code, () -> eventService.addProject(e.id, p.id));
    }

    private int visits(
            int year,
            LocalDate last,
            LocalDate today,
            List<Trip> trips,
            List<InvestmentEvent> events,
            List<Enterprise> firms,
            List<Unit> units,
            Unit wuyingshan,
            List<Project> projects,
            Random random) {
        int made = 0;
        for (Trip t : trips) {
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                VisitDraft v = visit(
                        firms.get(random.nextInt(firms.size())),
                        t.unit,
                        t.startDate.plusDays(
                                random.nextInt((int) (t.endDate.toEpochDay() - t.startDate.toEpochDay()) + 1)),
                        VisitKind.ON_SITE,
                        random);
                v.tripId = t.id;
                if (t.leaderName != null) {
                    v.ours.add(new VisitRequest.Ours(null, t.leaderName + "（带队领导）"));
                }
                save(v, today);
                made++;
            }
        }
        for (InvestmentEvent e : events) {
            if (e.kind == EventKind.EXPO || e.kind == EventKind.PROMOTION) {
                for (int i = 0; i < 4; i++) {
                    VisitDraft v =
                            visit(firms.get(random.nextInt(firms.size())), e.unit, e.heldOn, VisitKind.EXPO, random);
                    v.eventId = e.id;
                    save(v, today);
                    made++;
                }
            }
        }
        VisitKind[] kinds = VisitKind.values();
        int days =
                Math.max(1, (int) (last.toEpochDay() - LocalDate.of(year, 1, 2).toEpochDay()));
        while (made < VISITS) {
            boolean mine = random.nextInt(100) < 15;
            Unit unit = mine ? wuyingshan : units.get(random.nextInt(17));
            LocalDate on = LocalDate.of(year, 1, 2).plusDays(random.nextInt(days));
            VisitDraft v = visit(
                    firms.get(random.nextInt(firms.size())), unit, on, kinds[random.nextInt(kinds.length)], random);
            Project sameUnit = projects.get(random.nextInt(projects.size()));
            if (v.intent == VisitIntent.PROJECT && sameUnit.unit.id.equals(unit.id)) {
                v.projectId = sameUnit.id;
                if (!sameUnit.investors.isEmpty()
                        && !sameUnit.investors.get(0).id.equals(v.firm.id)) {
                    // Met about the project: its investor, and one of the investor's own contacts.
                    v.firm = sameUnit.investors.get(0);
                    v.theirs = v.firm.contacts.isEmpty() ? List.of() : List.of(theirs(v.firm.contacts.get(0)));
                }
            }
            save(v, today);
            made++;
        }
        // The demo officer's week: two follow-ups already late, three coming up.
        for (int i = 0; i < 5; i++) {
            LocalDate on = today.minusDays(3 + 2L * i);
            VisitDraft v = visit(firms.get(random.nextInt(firms.size())), wuyingshan, on, VisitKind.ON_SITE, random);
            v.followUpOn = i < 2 ? today.minusDays(1 + i) : today.plusDays(i);
            v.open = true;
            save(v, today);
            made++;
        }
        return made;
    }

    /** A visit as an officer fills the form, before it is saved. */
    private static final class VisitDraft {
        String by;
        Unit unit;
        LocalDate on;
        Enterprise firm;
        VisitKind kind;
        String summary;
        VisitIntent intent;
        String nextStep;
        LocalDate followUpOn;
        /** Whether the follow-up stays open even when its day has passed. */
        boolean open;

        List<VisitRequest.Ours> ours = new ArrayList<>();
        List<VisitRequest.Theirs> theirs = List.of();
        Long tripId;
        Long eventId;
        Long projectId;
    }

    private VisitDraft visit(Enterprise firm, Unit unit, LocalDate on, VisitKind kind, Random random) {
        VisitDraft v = new VisitDraft();
        v.on = on;
        v.firm = firm;
        v.kind = kind;
        v.unit = unit;
        v.summary = SUMMARIES[random.nextInt(SUMMARIES.length)];
        v.intent = VisitIntent.values()[random.nextInt(VisitIntent.values().length)];
        v.nextStep = NEXT_STEPS[random.nextInt(NEXT_STEPS.length)];
        boolean mine = "wuyingshan".equals(unit.code);
        v.by = mine ? "officer" : ENTERED_BY;
        v.followUpOn = random.nextInt(100) < 30 ? on.plusDays(7 + random.nextInt(21)) : null;
        v.ours.add(new VisitRequest.Ours(
                mine ? "officer" : null, mine ? "王伟（招商专员）" : OUR_NAMES[random.nextInt(OUR_NAMES.length)]));
        List<EnterpriseContact> contacts = firm.contacts;
        if (!contacts.isEmpty()) {
            v.theirs = List.of(theirs(contacts.get(random.nextInt(contacts.size()))));
        }
        return v;
    }

    private static VisitRequest.Theirs theirs(EnterpriseContact c) {
        return new VisitRequest.Theirs(c.id, c.name, c.title);
    }

    /**
     * Entered through the visit service by the unit's officer; a follow-up whose day has passed was done, unless the
     * draft keeps it open.
     */
    private void save(VisitDraft v, LocalDate today) {
        VisitRequest request = actor.valid(new VisitRequest(
                v.on,
                v.firm.id,
                v.kind,
                v.summary,
                v.intent,
                v.nextStep,
                v.followUpOn,
                v.ours,
                v.theirs,
                v.tripId,
                v.eventId,
                v.projectId,
                null));
        boolean done = !v.open && v.followUpOn != null && v.followUpOn.isBefore(today);
        actor.as(v.by, v.unit.code, () -> {
            long id = visitService.create(request, null).visit().id();
            return done ? visitService.followUpDone(id) : null;
        });
    }

    private int leads(
            int year,
            LocalDate last,
            LocalDate today,
            List<Trip> trips,
            List<Enterprise> firms,
            List<Unit> units,
            Unit wuyingshan,
            Random random) {
        List<Project> unconverted = Project.list(
                "from Project p join fetch p.unit where p.stage = ?1 and p.leadId is null order by p.id",
                ProjectStage.LEAD);
        LeadSource[] sources = LeadSource.values();
        int days =
                Math.max(1, (int) (last.toEpochDay() - LocalDate.of(year, 1, 2).toEpochDay()));
        int made = 0;
        for (int i = 0; i < LEADS; i++) {
            boolean mine = i % 6 == 0;
            boolean recent = i >= LEADS - 12;
            Unit unit = mine || recent && i % 2 == 0 ? wuyingshan : units.get(random.nextInt(17));
            Enterprise firm = firms.get(random.nextInt(firms.size()));
            String title =
                    firm.name.replaceAll("(集团)?(股份)?有限(责任)?公司$", "") + LEAD_TITLES[random.nextInt(LEAD_TITLES.length)];
            LeadSource source = sources[random.nextInt(sources.length)];
            String sourceDetail = switch (source) {
                case REFERRAL -> "由已落地企业推荐";
                case SUPERIOR -> "市投资促进局推送";
                case AGENCY -> "招商中介机构推荐";
                default -> null;
            };
            LocalDate receivedOn = recent
                    ? today.minusDays(i - (LEADS - 12))
                    : LocalDate.of(year, 1, 2).plusDays(random.nextInt(days));
            String by = unit == wuyingshan ? "officer" : ENTERED_BY;
            BigDecimal estimate = BigDecimal.valueOf(1000L * (5 + random.nextInt(200)));
            Trip trip = random.nextInt(100) < 15 ? trips.get(random.nextInt(trips.size())) : null;
            LeadRequest request = actor.valid(new LeadRequest(
                    title,
                    source,
                    sourceDetail,
                    receivedOn,
                    by,
                    firm.id,
                    null,
                    firm.industry == null ? null : firm.industry.id,
                    estimate,
                    "企业有意在天桥区投资，预计投资约 " + estimate + " 万元，需尽快对接研判。",
                    trip == null ? null : trip.id,
                    null));
            actor.as(by, unit.code, () -> {
                long id = leadService.create(request).id();
                progress(id, receivedOn, recent, unconverted, today, random);
                return id;
            });
            made++;
        }
        return made;
    }

    /**
     * Moves a lead along through the lead service: older ones mostly answered in time and closed, recent ones still
     * open (some late).
     */
    private void progress(
            long id, LocalDate receivedOn, boolean recent, List<Project> unconverted, LocalDate today, Random random) {
        int depth = recent ? random.nextInt(3) : 3 + random.nextInt(3);
        LocalDate on = receivedOn;
        if (depth >= 1) {
            on = within(on.plusDays(random.nextInt(2)), today);
            step(id, LeadClocks.Kind.RESPOND, on, "已电话联系企业，确认投资意向。", null);
        }
        AssessmentResult result = null;
        if (depth >= 2) {
            on = within(on.plusDays(1 + random.nextInt(3)), today);
            result = random.nextInt(100) < 80 ? AssessmentResult.PURSUE : AssessmentResult.DECLINE;
            step(
                    id,
                    LeadClocks.Kind.ASSESS,
                    on,
                    result == AssessmentResult.PURSUE ? "符合我区产业定位，建议重点跟进。" : "与我区产业定位不符，不予跟进。",
                    result);
        }
        if (depth >= 3) {
            on = within(on.plusDays(2 + random.nextInt(4)), today);
            step(id, LeadClocks.Kind.FEEDBACK, on, "已向企业反馈研判意见及政策支持方向。", null);
        }
        // Most followed leads are reported on every fortnight up to now; one in eight has lapsed.
        boolean keptUp = depth >= 3 && random.nextInt(8) > 0;
        LocalDate stopAt = keptUp ? today : on.plusDays(40);
        while (depth >= 3 && on.plusDays(14).isBefore(stopAt) && on.plusDays(14).isBefore(today)) {
            on = on.plusDays(12 + random.nextInt(3));
            step(id, LeadClocks.Kind.PROGRESS, on, PROGRESS_NOTES[random.nextInt(PROGRESS_NOTES.length)], null);
        }
        if (depth >= 5 && result == AssessmentResult.PURSUE) {
            Lead l = Lead.findById(id);
            Project target = unconverted.stream()
                    .filter(p -> p.unit.id.equals(l.unit.id) && p.leadId == null)
                    .min(Comparator.comparing(p -> p.id))
                    .orElse(null);
            if (target != null) {
                converted(l, target, within(on.plusDays(3), today));
            }
        } else if (result == AssessmentResult.DECLINE && depth >= 3) {
            leadService.drop(id, actor.valid(new DropRequest(within(on.plusDays(1), today), "研判不符合产业定位，放弃。")));
        }
    }

    private void step(long id, LeadClocks.Kind kind, LocalDate on, String note, AssessmentResult result) {
        leadService.step(id, actor.valid(new StepRequest(kind, on, note, result)));
    }

    /**
     * A lead that became a project the demo already has. The lead service converts only into a new project
     * ({@code LeadConversion}); this link to an existing one is written here, as the conversion writes it.
     */
    private void converted(Lead l, Project target, LocalDate on) {
        target.leadId = l.id; // the list's copy, read before DemoActor cleared the persistence context
        l.project = Project.findById(target.id);
        l.project.leadId = l.id;
        l.status = LeadStatus.CONVERTED;
        l.closedOn = on;
        LeadClocks.recompute(l, LeadClocks.Rule.of(LeadClockRule.current(), holidays.workingDays()));
        LeadStep s = new LeadStep();
        s.lead = l;
        s.kind = LeadStepKind.CONVERTED;
        s.onDate = on;
        s.note = "转为项目：" + target.name;
        s.recordedBy = l.receivedBy;
        s.persist();
    }

    private static LocalDate within(LocalDate d, LocalDate today) {
        return d.isAfter(today) ? today : d;
    }
}
