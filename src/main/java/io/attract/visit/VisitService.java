package io.attract.visit;

import io.attract.common.error.ApiException;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.NamedRecords;
import io.attract.common.persistence.PageView;
import io.attract.common.text.Blank;
import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseContact;
import io.attract.event.InvestmentEvent;
import io.attract.lead.LeadService;
import io.attract.project.Project;
import io.attract.trip.Trip;
import io.attract.user.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class VisitService {

    @Inject
    UnitScope scope;

    @Inject
    LeadService leads;

    @Inject
    EntityManager em;

    @Inject
    Event<VisitDeleted> deleted;

    public PageView<VisitView> list(VisitFilter f, Sort sort, int page, int size) {
        HqlWhere where = new HqlWhere()
                .and("v.unit.id = :readable", "readable", scope.readableUnitId())
                .contains(f.q(), "e.name", "v.summary")
                .and("e.id = :enterprise", "enterprise", f.enterpriseId())
                .and("v.kind = :kind", "kind", f.kind())
                .and("v.intent = :intent", "intent", f.intent())
                .and("v.visitedOn >= :from", "from", f.from())
                .and("v.visitedOn <= :to", "to", f.to())
                .and("v.trip.id = :trip", "trip", f.tripId())
                .and("v.event.id = :event", "event", f.eventId())
                .and("v.project.id = :project", "project", f.projectId())
                .and("v.unit.id = :unit", "unit", f.unitId())
                .and("""
                        (v.recordedBy = :who or exists (select 1 from Visit v2 join v2.participants p
                         where v2.id = v.id and p.username = :who))""", "who", f.participant())
                .and("v.followUpOn <= :by", "by", f.followUpBy());
        if (f.followUpOpen()) {
            where.and("v.followUpOn is not null and v.followUpDone = false");
        }
        PanacheQuery<Visit> query = Visit.find("""
                from Visit v join fetch v.unit join fetch v.enterprise e left join fetch v.trip
                left join fetch v.event left join fetch v.project left join fetch v.lead where\s""" + where.hql(), sort, where.parameters());
        List<VisitView> items = query.page(Page.of(page, size)).list().stream()
                .map(v -> VisitView.of(v, scope.canWrite(v.unit.id)))
                .toList();
        return PageView.of(items, query.count());
    }

    public VisitView get(long id) {
        Visit v = readable(id);
        return VisitView.of(v, scope.canWrite(v.unit.id));
    }

    /** What a create did: the visit, and whether it is new or the one an earlier try with the same key made. */
    public record Created(VisitView visit, boolean replayed) {}

    public Created create(VisitRequest r, String idempotencyKey) {
        String key = IdempotentCreates.key(idempotencyKey, "visit.bad_idempotency_key");
        if (key != null) {
            Optional<Visit> earlier = Visit.<Visit>find(
                            "recordedBy = ?1 and idempotencyKey = ?2", scope.username(), key)
                    .firstResultOptional();
            if (earlier.isPresent()) {
                return new Created(VisitView.of(earlier.get(), scope.canWrite(earlier.get().unit.id)), true);
            }
        }
        Visit v = new Visit();
        v.unit = scope.writableUnit();
        v.recordedBy = scope.username();
        v.idempotencyKey = key;
        apply(r, v);
        v.persist();
        em.flush();
        return new Created(VisitView.of(v, true), false);
    }

    public VisitView update(long id, String ifMatch, VisitRequest r) {
        Visit v = editable(id);
        IfMatch.check(ifMatch, v.version);
        apply(r, v);
        v.updatedAt = Instant.now();
        em.flush();
        return VisitView.of(v, true);
    }

    public void delete(long id, String ifMatch) {
        Visit v = editable(id);
        IfMatch.check(ifMatch, v.version);
        v.delete();
        deleted.fire(new VisitDeleted(id));
    }

    public VisitView followUpDone(long id) {
        Visit v = editable(id);
        if (v.followUpOn == null) {
            throw ApiException.conflict("visit.no_follow_up", "该走访没有安排跟进。");
        }
        v.followUpDone = true;
        v.updatedAt = Instant.now();
        em.flush();
        return VisitView.of(v, true);
    }

    /** The visit, if the caller may read it; another unit's visit is "not found" for officers and unit heads. */
    public Visit readable(long id) {
        return Visit.<Visit>findByIdOptional(id)
                .filter(v -> scope.canRead(v.unit.id))
                .orElseThrow(() -> ApiException.notFound("visit.not_found", "找不到该走访记录。"));
    }

    private Visit editable(long id) {
        Visit v = readable(id);
        if (!scope.canWrite(v.unit.id)) {
            throw new ApiException(403, "visit.read_only", "您可以查看该走访，但只有录入单位可以修改。");
        }
        return v;
    }

    private void apply(VisitRequest r, Visit v) {
        if (r.visitedOn().isAfter(BusinessDates.today())) {
            throw ApiException.invalid("visitedOn", "visit.date_in_future", "走访日期不能晚于今天。");
        }
        if (r.followUpOn() != null && r.followUpOn().isBefore(r.visitedOn())) {
            throw ApiException.invalid("followUpOn", "visit.follow_up_before_visit", "跟进日期不能早于走访日期。");
        }
        Enterprise firm = Enterprise.<Enterprise>findByIdOptional(r.enterpriseId())
                .orElseThrow(() -> ApiException.invalid("enterpriseId", "visit.enterprise_not_found", "找不到该企业。"));
        boolean followUpMoved = v.followUpOn == null || !v.followUpOn.equals(r.followUpOn());
        v.visitedOn = r.visitedOn();
        v.enterprise = firm;
        v.kind = r.kind();
        v.summary = r.summary().strip();
        v.intent = r.intent();
        v.nextStep = Blank.toNull(r.nextStep());
        v.followUpOn = r.followUpOn();
        if (followUpMoved) {
            v.followUpDone = false;
        }
        v.trip = NamedRecords.optional(Trip.class, r.tripId(), "tripId", "visit.trip_not_found", "找不到该外出招商记录。");
        v.event = NamedRecords.optional(
                InvestmentEvent.class, r.eventId(), "eventId", "visit.event_not_found", "找不到该招商活动。");
        v.project = r.projectId() == null
                ? null
                : Project.<Project>findByIdOptional(r.projectId())
                        .filter(p -> scope.canRead(p.unit.id))
                        .orElseThrow(() -> ApiException.invalid("projectId", "visit.project_not_found", "找不到该项目。"));
        v.lead = r.leadId() == null ? null : readableLead(r.leadId());
        v.participants.clear();
        List<VisitRequest.Ours> ours =
                r.ourParticipants() == null || r.ourParticipants().isEmpty()
                        ? List.of(new VisitRequest.Ours(scope.username(), scope.displayName()))
                        : r.ourParticipants();
        for (VisitRequest.Ours o : ours) {
            VisitParticipant p = new VisitParticipant();
            p.ours = true;
            p.name = o.name().strip();
            p.username = Blank.toNull(o.username());
            v.participants.add(p);
        }
        if (r.theirParticipants() != null) {
            for (VisitRequest.Theirs t : r.theirParticipants()) {
                VisitParticipant p = new VisitParticipant();
                p.ours = false;
                p.name = t.name().strip();
                p.title = Blank.toNull(t.title());
                p.contactId = t.contactId() == null ? null : contactOf(firm, t.contactId());
                v.participants.add(p);
            }
        }
    }

    private io.attract.lead.Lead readableLead(long id) {
        try {
            return leads.readable(id);
        } catch (ApiException e) {
            throw ApiException.invalid("leadId", "visit.lead_not_found", "找不到该线索。");
        }
    }

    private static Long contactOf(Enterprise firm, long contactId) {
        EnterpriseContact c = EnterpriseContact.<EnterpriseContact>findByIdOptional(contactId)
                .filter(x -> x.enterprise.id.equals(firm.id))
                .orElseThrow(
                        () -> ApiException.invalid("theirParticipants", "visit.contact_not_found", "该联系人不属于所选企业。"));
        return c.id;
    }
}
