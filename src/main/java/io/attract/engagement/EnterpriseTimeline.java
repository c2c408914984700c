package io.attract.engagement;

import io.attract.attachment.AttachmentService;
import io.attract.attachment.OwnerType;
import io.attract.common.error.ApiException;
import io.attract.common.persistence.TupleRecords;
import io.attract.common.security.Roles;
import io.attract.enterprise.Enterprise;
import io.attract.user.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything that happened with a firm, newest first: visits, leads, the trips and events they belong to, projects. */
@Path("/api/enterprises/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseTimeline {

    private static final String SQL = """
            select 'VISIT' as kind, v.id, v.visited_on as day, v.kind as code, left(v.summary, 120) as title,
                   v.next_step as detail, u.name as unitName, v.unit_id as ownerUnit
            from visit v join org_unit u on u.id = v.unit_id where v.enterprise_id = :e
            union all
            select 'LEAD', l.id, l.received_on, l.status, l.title, l.source_detail, u.name, l.unit_id
            from lead l join org_unit u on u.id = l.unit_id where l.enterprise_id = :e
            union all
            select 'TRIP', t.id, t.start_date, null, t.title, array_to_string(t.cities, '、'), u.name, null
            from trip t join org_unit u on u.id = t.unit_id
            where t.id in (select trip_id from visit where enterprise_id = :e)
               or t.id in (select trip_id from lead where enterprise_id = :e)
            union all
            select 'EVENT', ev.id, ev.held_on, ev.kind, ev.name, ev.place, u.name, null
            from investment_event ev join org_unit u on u.id = ev.unit_id
            where ev.id in (select event_id from visit where enterprise_id = :e)
               or ev.id in (select ep.event_id from event_project ep
                            join project_investor pi on pi.project_id = ep.project_id where pi.enterprise_id = :e)
            union all
            select 'PROJECT', p.id, coalesce(p.negotiating_on, p.stage_since), p.stage, p.name, p.code, u.name, p.unit_id
            from project p join org_unit u on u.id = p.unit_id
            where p.id in (select project_id from project_investor where enterprise_id = :e)
            order by 3 desc, 1, 2 desc""";

    @Inject
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AttachmentService attachments;

    @GET
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        if (Enterprise.findById(id) == null) {
            throw ApiException.notFound("enterprise.not_found", "找不到该企业。");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows =
                em.createNativeQuery(SQL, Tuple.class).setParameter("e", id).getResultList();
        List<Row> entries = TupleRecords.map(rows, Row.class);
        List<Long> visits = entries.stream()
                .filter(r -> "VISIT".equals(r.kind()) && scope.canRead(r.ownerUnit()))
                .map(Row::id)
                .toList();
        Map<Long, List<Long>> photos = attachments.imageIds(OwnerType.VISIT, visits);
        return entries.stream().map(r -> entry(r, photos)).toList();
    }

    /** A row of {@link #SQL}; {@code ownerUnit} is null for trips and events, which every reader may open. */
    private record Row(
            String kind,
            long id,
            LocalDate day,
            String code,
            String title,
            String detail,
            String unitName,
            Long ownerUnit) {}

    private TimelineEntry entry(Row r, Map<Long, List<Long>> photos) {
        if (r.ownerUnit() != null && !scope.canRead(r.ownerUnit())) {
            return new TimelineEntry(r.kind(), null, r.day(), null, null, null, r.unitName(), true, List.of());
        }
        List<Long> photoIds = "VISIT".equals(r.kind()) ? photos.getOrDefault(r.id(), List.of()) : List.of();
        return new TimelineEntry(
                r.kind(), r.id(), r.day(), r.code(), r.title(), r.detail(), r.unitName(), false, photoIds);
    }
}
