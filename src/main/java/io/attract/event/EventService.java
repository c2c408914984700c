package io.attract.event;

import io.attract.common.audit.AuditLog;
import io.attract.common.error.ApiException;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.text.Blank;
import io.attract.project.Project;
import io.attract.project.ProjectStage;
import io.attract.user.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class EventService {

    public record Filter(String q, Integer year, EventKind kind, EventRole role, LocalDate from, LocalDate to) {}

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    /** The audit trail's name for a project signed at an event. */
    static final String LINK_ENTITY = "EventProject";

    @Inject
    EntityManager em;

    public PageView<EventView> list(Filter f, Sort sort, int page, int size) {
        HqlWhere where = new HqlWhere()
                .contains(f.q(), "e.name", "coalesce(e.place, '')", "coalesce(e.organiser, '')")
                .and("e.kind = :kind", "kind", f.kind())
                .and("e.role = :role", "role", f.role())
                .and("e.heldOn >= :from", "from", f.from())
                .and("e.heldOn <= :to", "to", f.to());
        where.inYear("e.heldOn", f.year());
        PanacheQuery<InvestmentEvent> query = InvestmentEvent.find(
                "from InvestmentEvent e join fetch e.unit where " + where.hql(), sort, where.parameters());
        List<InvestmentEvent> found = query.page(Page.of(page, size)).list();
        Map<Long, EventView.Counts> counts =
                counts(found.stream().map(e -> e.id).toList());
        return PageView.of(
                found.stream()
                        .map(e -> EventView.of(e, counts.getOrDefault(e.id, EventView.Counts.NONE)))
                        .toList(),
                query.count());
    }

    public InvestmentEvent find(long id) {
        return InvestmentEvent.<InvestmentEvent>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("event.not_found", "找不到该招商活动。"));
    }

    public EventView view(InvestmentEvent e) {
        return EventView.of(e, counts(List.of(e.id)).getOrDefault(e.id, EventView.Counts.NONE));
    }

    public boolean canEdit(InvestmentEvent e) {
        return scope.canWrite(e.unit.id);
    }

    public InvestmentEvent create(EventRequest r) {
        InvestmentEvent e = new InvestmentEvent();
        e.unit = scope.writableUnit();
        e.createdBy = scope.username();
        apply(r, e);
        e.persistAndFlush();
        return e;
    }

    public InvestmentEvent update(long id, String ifMatch, EventRequest r) {
        InvestmentEvent e = editable(id);
        IfMatch.check(ifMatch, e.version);
        apply(r, e);
        e.updatedAt = Instant.now();
        em.flush();
        return e;
    }

    /** Records that a project was signed at the event; the event's unit or the project's unit may do so. */
    public InvestmentEvent addProject(long eventId, long projectId) {
        InvestmentEvent e = find(eventId);
        Project p = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> ApiException.invalid("projectId", "event.project_not_found", "找不到该项目。"));
        requireLinker(e, p);
        int added = em.createNativeQuery("""
                insert into event_project (event_id, project_id, added_by) values (:e, :p, :by)
                on conflict do nothing""")
                .setParameter("e", eventId)
                .setParameter("p", projectId)
                .setParameter("by", scope.username())
                .executeUpdate();
        if (added > 0) {
            audit.record(
                    "CREATE", LINK_ENTITY, eventId + ":" + projectId, Map.of("event", eventId, "project", projectId));
        }
        return e;
    }

    public InvestmentEvent removeProject(long eventId, long projectId) {
        InvestmentEvent e = find(eventId);
        Project p = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> ApiException.notFound("event.project_not_found", "找不到该项目。"));
        requireLinker(e, p);
        int removed = em.createNativeQuery("delete from event_project where event_id = :e and project_id = :p")
                .setParameter("e", eventId)
                .setParameter("p", projectId)
                .executeUpdate();
        if (removed > 0) {
            audit.record(
                    "DELETE", LINK_ENTITY, eventId + ":" + projectId, Map.of("event", eventId, "project", projectId));
        }
        return e;
    }

    private void requireLinker(InvestmentEvent e, Project p) {
        if (!scope.canWrite(e.unit.id) && !scope.canWrite(p.unit.id)) {
            throw new ApiException(403, "event.cannot_link", "只有活动的录入单位或项目的责任单位可以登记签约项目。");
        }
    }

    /** The projects signed at the event, with the credit rule applied. */
    public List<EventProject> projects(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.code, p.name, p.stage, p.total_investment, p.signed_on, c.event_id, ce.name
                from event_project ep
                join project p on p.id = ep.project_id
                join event_credit c on c.project_id = p.id
                join investment_event ce on ce.id = c.event_id
                where ep.event_id = :e and (cast(:unit as bigint) is null or p.unit_id = :unit)
                order by (c.event_id = :e) desc, p.signed_on nulls last, p.id""")
                .setParameter("e", eventId)
                .setParameter("unit", scope.readableUnitId())
                .getResultList();
        return rows.stream()
                .map(r -> new EventProject(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ProjectStage.valueOf((String) r[3]),
                        (BigDecimal) r[4],
                        (LocalDate) r[5],
                        ((Number) r[6]).longValue() == eventId,
                        ((Number) r[6]).longValue(),
                        (String) r[7]))
                .toList();
    }

    private InvestmentEvent editable(long id) {
        InvestmentEvent e = find(id);
        if (!canEdit(e)) {
            throw new ApiException(403, "event.not_owner", "该活动由" + e.unit.name + "录入，只有该单位可以修改。");
        }
        return e;
    }

    private static void apply(EventRequest r, InvestmentEvent e) {
        e.name = r.name().strip();
        e.kind = r.kind();
        e.role = r.role();
        e.heldOn = r.heldOn();
        e.place = Blank.toNull(r.place());
        e.organiser = Blank.toNull(r.organiser());
        e.participants = Blank.toNull(r.participants());
        e.summary = Blank.toNull(r.summary());
    }

    private Map<Long, EventView.Counts> counts(List<Long> ids) {
        Map<Long, EventView.Counts> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id,
                       (select count(*) from event_project ep where ep.event_id = e.id),
                       (select count(*) from event_credit c where c.event_id = e.id),
                       (select coalesce(sum(p.counted_investment), 0) from event_credit c
                            join project p on p.id = c.project_id where c.event_id = e.id)
                from investment_event e where e.id in (:ids)""").setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) row[0]).longValue(),
                    new EventView.Counts(
                            ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (BigDecimal) row[3]));
        }
        return counts;
    }
}
