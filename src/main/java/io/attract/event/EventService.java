package io.attract.event;

import io.attract.common.audit.AuditLog;
import io.attract.common.error.ApiException;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.PageView;
import io.attract.common.persistence.TupleRecords;
import io.attract.common.text.Blank;
import io.attract.project.Project;
import io.attract.user.UnitRecordService;
import io.attract.user.UnitRecords;
import io.attract.user.UnitScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class EventService extends UnitRecordService<InvestmentEvent, EventRequest> {

    public record Filter(String q, Integer year, EventKind kind, EventRole role, LocalDate from, LocalDate to) {}

    static final UnitRecords.Kind<InvestmentEvent> KIND =
            new UnitRecords.Kind<>(InvestmentEvent.class, "event", "找不到该招商活动。", "活动");

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    /** The audit trail's name for a project signed at an event. */
    static final String LINK_ENTITY = "EventProject";

    @Inject
    EntityManager em;

    public EventService() {
        super(KIND, InvestmentEvent::new);
    }

    public PageView<EventView> list(Filter f, Sort sort, int page, int size) {
        HqlWhere where = new HqlWhere()
                .contains(f.q(), "e.name", "coalesce(e.place, '')", "coalesce(e.organiser, '')")
                .and("e.kind = :kind", "kind", f.kind())
                .and("e.role = :role", "role", f.role())
                .dated("e.heldOn", f.year(), f.from(), f.to());
        return records.page(
                InvestmentEvent.<InvestmentEvent>find(
                        "from InvestmentEvent e join fetch e.unit where " + where.hql(), sort, where.parameters()),
                page,
                size,
                this::counts,
                EventView.Counts.NONE,
                EventView::of);
    }

    public EventView view(InvestmentEvent e) {
        return EventView.of(e, counts(List.of(e.id)).getOrDefault(e.id, EventView.Counts.NONE));
    }

    /** Records that a project was signed at the event; the event's unit or the project's unit may do so. */
    public InvestmentEvent addProject(long eventId, long projectId) {
        InvestmentEvent e = linkable(
                eventId, projectId, () -> ApiException.invalid("projectId", "event.project_not_found", "找不到该项目。"));
        int added = em.createNativeQuery("""
                insert into event_project (event_id, project_id, added_by) values (:e, :p, :by)
                on conflict do nothing""")
                .setParameter("e", eventId)
                .setParameter("p", projectId)
                .setParameter("by", scope.username())
                .executeUpdate();
        auditLink(added, "CREATE", eventId, projectId);
        return e;
    }

    public InvestmentEvent removeProject(long eventId, long projectId) {
        InvestmentEvent e =
                linkable(eventId, projectId, () -> ApiException.notFound("event.project_not_found", "找不到该项目。"));
        int removed = em.createNativeQuery("delete from event_project where event_id = :e and project_id = :p")
                .setParameter("e", eventId)
                .setParameter("p", projectId)
                .executeUpdate();
        auditLink(removed, "DELETE", eventId, projectId);
        return e;
    }

    /** The event, when the caller may link it and the project: the event's unit or the project's unit may. */
    private InvestmentEvent linkable(long eventId, long projectId, Supplier<ApiException> noProject) {
        InvestmentEvent e = find(eventId);
        Project p = Project.<Project>findByIdOptional(projectId).orElseThrow(noProject);
        if (!scope.canWrite(e.unit.id) && !scope.canWrite(p.unit.id)) {
            throw new ApiException(403, "event.cannot_link", "只有活动的录入单位或项目的责任单位可以登记签约项目。");
        }
        return e;
    }

    /** Audits a link added or removed, when the statement did change a row. */
    private void auditLink(int changed, String action, long eventId, long projectId) {
        if (changed > 0) {
            audit.record(
                    action, LINK_ENTITY, eventId + ":" + projectId, Map.of("event", eventId, "project", projectId));
        }
    }

    /** The projects signed at the event, with the credit rule applied. */
    public List<EventProject> projects(long eventId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select p.id, p.code, p.name, p.stage, p.total_investment as totalInvestment, p.signed_on as signedOn,
                       c.event_id = :e as credited, c.event_id as creditedEventId, ce.name as creditedEventName
                from event_project ep
                join project p on p.id = ep.project_id
                join event_credit c on c.project_id = p.id
                join investment_event ce on ce.id = c.event_id
                where ep.event_id = :e and (cast(:unit as bigint) is null or p.unit_id = :unit)
                order by (c.event_id = :e) desc, p.signed_on nulls last, p.id""", Tuple.class)
                .setParameter("e", eventId)
                .setParameter("unit", scope.readableUnitId())
                .getResultList();
        return TupleRecords.map(rows, EventProject.class);
    }

    @Override
    protected void apply(EventRequest r, InvestmentEvent e) {
        e.name = r.name().strip();
        e.kind = r.kind();
        e.role = r.role();
        e.heldOn = r.heldOn();
        e.place = Blank.toNull(r.place());
        e.organiser = Blank.toNull(r.organiser());
        e.participants = Blank.toNull(r.participants());
        e.summary = Blank.toNull(r.summary());
    }

    /** Projects signed at each event, those credited to it and their counted investment (view event_credit). */
    private Map<Long, EventView.Counts> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows =
                em.createNativeQuery("""
                select e.id,
                       (select count(*) from event_project ep where ep.event_id = e.id) as projects,
                       (select count(*) from event_credit c where c.event_id = e.id) as credited,
                       (select coalesce(sum(p.counted_investment), 0) from event_credit c
                            join project p on p.id = c.project_id where c.event_id = e.id) as investmentCredited
                from investment_event e where e.id in (:ids)""", Tuple.class).setParameter("ids", ids).getResultList();
        return TupleRecords.map(rows, Counted.class).stream()
                .collect(Collectors.toMap(
                        Counted::id, c -> new EventView.Counts(c.projects(), c.credited(), c.investmentCredited())));
    }

    private record Counted(long id, long projects, long credited, BigDecimal investmentCredited) {}
}
