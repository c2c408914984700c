package io.attract.lead;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.NamedRecords;
import io.attract.common.persistence.PageView;
import io.attract.common.text.Blank;
import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseRequest;
import io.attract.enterprise.EnterpriseService;
import io.attract.event.InvestmentEvent;
import io.attract.holiday.HolidayCalendar;
import io.attract.holiday.HolidaysChanged;
import io.attract.industry.Industry;
import io.attract.trip.Trip;
import io.attract.user.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
@Transactional
public class LeadService {

    @Inject
    UnitScope scope;

    @Inject
    EnterpriseService enterprises;

    @Inject
    EntityManager em;

    @Inject
    HolidayCalendar holidays;

    public PageView<LeadListItem> list(LeadFilter f, Sort sort, int page, int size) {
        LocalDate today = BusinessDates.today();
        HqlWhere where = new HqlWhere()
                .and("l.unit.id = :readable", "readable", scope.readableUnitId())
                .contains(f.q(), "l.title", "coalesce(e.name, '')", "coalesce(l.sourceDetail, '')")
                .and("l.status = :status", "status", f.status())
                .and("l.source = :source", "source", f.source())
                .and("l.receivedBy = :receivedBy", "receivedBy", f.receivedBy())
                .and("l.unit.id = :unit", "unit", f.unitId())
                .and("l.trip.id = :trip", "trip", f.tripId())
                .and("l.event.id = :event", "event", f.eventId())
                .and("e.id = :enterprise", "enterprise", f.enterpriseId())
                .and("l.receivedOn >= :from", "from", f.from())
                .and("l.receivedOn <= :to", "to", f.to())
                .and("l.nextDueOn >= :dueFrom", "dueFrom", f.dueFrom())
                .and("l.nextDueOn <= :dueTo", "dueTo", f.dueTo());
        if (f.overdue()) {
            where.and("l.status = io.attract.lead.LeadStatus.OPEN").and("l.nextDueOn < :today", "today", today);
        }
        PanacheQuery<Lead> query = Lead.find("""
                from Lead l join fetch l.unit left join fetch l.enterprise e left join fetch l.industry
                left join fetch l.project where\s""" + where.hql(), sort, where.parameters());
        List<LeadListItem> items = query.page(Page.of(page, size)).list().stream()
                .map(l -> LeadListItem.of(l, today))
                .toList();
        // Counted apart: Panache's count of a "join fetch" query answered 0 when the search text matched.
        var count =
                em.createQuery("select count(l) from Lead l left join l.enterprise e where " + where.hql(), Long.class);
        where.parameters().map().forEach(count::setParameter);
        return PageView.of(items, count.getSingleResult());
    }

    public LeadView get(long id) {
        return view(readable(id));
    }

    LeadView view(Lead l) {
        List<LeadStep> steps = LeadStep.<LeadStep>list("lead.id = ?1 order by onDate, id", l.id);
        return LeadView.of(l, BusinessDates.today(), scope.canWrite(l.unit.id), steps);
    }

    /** The lead, if the caller may read it; another unit's lead is "not found" for officers and unit heads. */
    public Lead readable(long id) {
        return Lead.<Lead>findByIdOptional(id)
                .filter(l -> scope.canRead(l.unit.id))
                .orElseThrow(() -> ApiException.notFound("lead.not_found", "找不到该线索。"));
    }

    Lead editable(long id) {
        Lead l = readable(id);
        if (!scope.canWrite(l.unit.id)) {
            throw new ApiException(403, "lead.read_only", "您可以查看该线索，但只有责任单位可以办理。");
        }
        return l;
    }

    public LeadView create(LeadRequest r) {
        Lead l = new Lead();
        l.unit = scope.writableUnit();
        l.createdBy = scope.username();
        l.enterprise = r.newEnterprise() != null ? newEnterprise(r) : enterprise(r.enterpriseId());
        apply(r, l);
        LeadClocks.recompute(l, rule());
        l.persist();
        addStep(l, LeadStepKind.RECEIVED, l.receivedOn, r.sourceDetail());
        em.flush();
        return view(l);
    }

    public LeadView update(long id, String ifMatch, LeadRequest r) {
        Lead l = editable(id);
        IfMatch.check(ifMatch, l.version);
        LocalDate firstStep = firstStepDate(l);
        if (firstStep != null && r.receivedOn().isAfter(firstStep)) {
            throw ApiException.invalid(
                    "receivedOn", "lead.received_after_step", "接收日期不能晚于已办理环节的日期（" + firstStep + "）。");
        }
        l.enterprise = enterprise(r.enterpriseId());
        apply(r, l);
        LeadClocks.recompute(l, rule());
        l.updatedAt = Instant.now();
        em.flush();
        return view(l);
    }

    /** Records a step the clocks wait for: respond, assess, first feedback (once each, in order), progress. */
    public LeadView step(long id, StepRequest r) {
        Lead l = editable(id);
        requireOpen(l);
        checkDate(l, r.onDate(), "onDate");
        switch (r.kind()) {
            case RESPOND -> {
                once(l.respondedOn, "响应");
                l.respondedOn = r.onDate();
            }
            case ASSESS -> {
                before(l.respondedOn, r.onDate(), "响应", "研判");
                once(l.assessedOn, "研判");
                if (r.assessmentResult() == null) {
                    throw ApiException.invalid("assessmentResult", "lead.assessment_result_required", "请选择研判结论。");
                }
                l.assessedOn = r.onDate();
                l.assessment = Blank.toNull(r.note());
                l.assessmentResult = r.assessmentResult();
            }
            case FEEDBACK -> {
                before(l.assessedOn, r.onDate(), "研判", "首次反馈");
                once(l.firstFeedbackOn, "首次反馈");
                l.firstFeedbackOn = r.onDate();
            }
            case PROGRESS -> {
                before(l.firstFeedbackOn, r.onDate(), "首次反馈", "进展报告");
                if (l.lastProgressOn != null && r.onDate().isBefore(l.lastProgressOn)) {
                    throw ApiException.invalid(
                            "onDate", "lead.step_date_order", "进展报告日期不能早于上一次（" + l.lastProgressOn + "）。");
                }
                l.lastProgressOn = r.onDate();
            }
        }
        LeadClocks.recompute(l, rule());
        l.updatedAt = Instant.now();
        addStep(l, LeadStepKind.valueOf(r.kind().name()), r.onDate(), r.note());
        em.flush();
        return view(l);
    }

    /** Marks the lead converted into {@code projectId}; the project itself is made by the caller. */
    void markConverted(Lead l, io.attract.project.Project project, LocalDate on, String projectName) {
        l.project = project;
        close(l, LeadStatus.CONVERTED, on, "转为项目：" + projectName);
    }

    public LeadView drop(long id, DropRequest r) {
        Lead l = editable(id);
        requireOpen(l);
        checkDate(l, r.onDate(), "onDate");
        close(l, LeadStatus.DROPPED, r.onDate(), r.note().strip());
        l.outcomeNote = r.note().strip();
        em.flush();
        return view(l);
    }

    private void close(Lead l, LeadStatus status, LocalDate on, String note) {
        l.status = status;
        l.closedOn = on;
        LeadClocks.recompute(l, rule());
        l.updatedAt = Instant.now();
        addStep(l, status == LeadStatus.CONVERTED ? LeadStepKind.CONVERTED : LeadStepKind.DROPPED, on, note);
    }

    void requireOpen(Lead l) {
        if (l.status != LeadStatus.OPEN) {
            throw ApiException.conflict(
                    "lead.closed", l.status == LeadStatus.CONVERTED ? "该线索已转为项目，不再办理。" : "该线索已放弃，不再办理。");
        }
    }

    void checkDate(Lead l, LocalDate on, String field) {
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid(field, "lead.date_in_future", "日期不能晚于今天。");
        }
        if (on.isBefore(l.receivedOn)) {
            throw ApiException.invalid(field, "lead.date_before_received", "日期不能早于线索接收日期（" + l.receivedOn + "）。");
        }
    }

    public ClockRuleView rules() {
        return ClockRuleView.of(LeadClockRule.current());
    }

    /** Changes the deadlines and recomputes every open lead's due dates at once. */
    public ClockRuleView updateRules(String ifMatch, ClockRuleView r) {
        LeadClockRule rule = LeadClockRule.current();
        IfMatch.check(ifMatch, rule.version);
        rule.respondDays = r.respondDays();
        rule.assessDays = r.assessDays();
        rule.feedbackDays = r.feedbackDays();
        rule.progressEveryDays = r.progressEveryDays();
        rule.workingDays = r.workingDays();
        recomputeOpenLeads(LeadClocks.Rule.of(rule, holidays.workingDays()));
        return ClockRuleView.of(rule);
    }

    /** The admin changed the holiday calendar: open leads counted in working days get their due dates again. */
    void onHolidaysChanged(@Observes HolidaysChanged changed) {
        LeadClocks.Rule rule = rule();
        if (rule.workingDays()) {
            recomputeOpenLeads(rule);
        }
    }

    private void recomputeOpenLeads(LeadClocks.Rule rule) {
        Lead.<Lead>stream("status", LeadStatus.OPEN).forEach(l -> LeadClocks.recompute(l, rule));
        em.flush();
    }

    LeadClocks.Rule rule() {
        return LeadClocks.Rule.of(LeadClockRule.current(), holidays.workingDays());
    }

    private void addStep(Lead l, LeadStepKind kind, LocalDate on, String note) {
        LeadStep s = new LeadStep();
        s.lead = l;
        s.kind = kind;
        s.onDate = on;
        s.note = Blank.toNull(note);
        s.recordedBy = scope.username();
        s.persist();
    }

    private LocalDate firstStepDate(Lead l) {
        return java.util.stream.Stream.of(l.respondedOn, l.assessedOn, l.firstFeedbackOn, l.lastProgressOn, l.closedOn)
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private void apply(LeadRequest r, Lead l) {
        if (r.receivedOn().isAfter(BusinessDates.today())) {
            throw ApiException.invalid("receivedOn", "lead.date_in_future", "接收日期不能晚于今天。");
        }
        l.title = r.title().strip();
        l.source = r.source();
        l.sourceDetail = Blank.toNull(r.sourceDetail());
        l.receivedOn = r.receivedOn();
        l.receivedBy = r.receivedBy() == null || r.receivedBy().isBlank()
                ? scope.username()
                : r.receivedBy().strip();
        l.industry = NamedRecords.optional(
                Industry.class, r.industryId(), "industryId", "lead.industry_not_found", "找不到该产业。");
        l.estimatedInvestment = r.estimatedInvestment();
        l.description = Blank.toNull(r.description());
        l.trip = NamedRecords.optional(Trip.class, r.tripId(), "tripId", "lead.trip_not_found", "找不到该外出招商记录。");
        l.event = NamedRecords.optional(
                InvestmentEvent.class, r.eventId(), "eventId", "lead.event_not_found", "找不到该招商活动。");
    }

    private static Enterprise enterprise(Long id) {
        return NamedRecords.optional(Enterprise.class, id, "enterpriseId", "lead.enterprise_not_found", "找不到该企业。");
    }

    private Enterprise newEnterprise(LeadRequest r) {
        LeadRequest.NewEnterprise n = r.newEnterprise();
        EnterpriseRequest firm = EnterpriseRequest.following(
                n.name().strip(),
                Blank.toNull(n.creditCode()),
                null,
                r.industryId(),
                null,
                null,
                "线索：" + r.title().strip());
        return Enterprise.findById(enterprises.create(firm).id());
    }

    private static void once(LocalDate done, String step) {
        if (done != null) {
            throw ApiException.conflict("lead.step_done", "“" + step + "”已于 " + done + " 办理。");
        }
    }

    private static void before(LocalDate done, LocalDate on, String needed, String step) {
        if (done == null) {
            throw ApiException.conflict("lead.step_order", "请先办理“" + needed + "”，再办理“" + step + "”。");
        }
        if (on.isBefore(done)) {
            throw ApiException.invalid(
                    "onDate", "lead.step_date_order", "“" + step + "”的日期不能早于“" + needed + "”（" + done + "）。");
        }
    }
}
