package io.attract.trip;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.text.Blank;
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
public class TripService {

    public record Filter(String q, Integer year, Boolean leaderLed, Long unitId, LocalDate from, LocalDate to) {}

    @Inject
    UnitScope scope;

    @Inject
    EntityManager em;

    public PageView<TripView> list(Filter f, Sort sort, int page, int size) {
        HqlWhere where = new HqlWhere()
                .contains(
                        f.q(),
                        "t.title",
                        "coalesce(t.leaderName, '')",
                        "coalesce(t.purpose, '')",
                        "function('array_to_string', t.cities, ' ')")
                .and("t.unit.id = :unit", "unit", f.unitId())
                .and("t.startDate >= :from", "from", f.from())
                .and("t.startDate <= :to", "to", f.to());
        where.inYear("t.startDate", f.year());
        if (f.leaderLed() != null) {
            where.and(f.leaderLed() ? "coalesce(t.leaderName, '') <> ''" : "coalesce(t.leaderName, '') = ''");
        }
        PanacheQuery<Trip> query =
                Trip.find("from Trip t join fetch t.unit where " + where.hql(), sort, where.parameters());
        List<Trip> found = query.page(Page.of(page, size)).list();
        Map<Long, TripView.Counts> counts = counts(found.stream().map(t -> t.id).toList(), scope.readableUnitId());
        return PageView.of(
                found.stream()
                        .map(t -> TripView.of(t, counts.getOrDefault(t.id, TripView.Counts.NONE)))
                        .toList(),
                query.count());
    }

    public Trip find(long id) {
        return Trip.<Trip>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("trip.not_found", "找不到该外出招商记录。"));
    }

    public TripView view(Trip t) {
        return TripView.of(t, counts(List.of(t.id), scope.readableUnitId()).getOrDefault(t.id, TripView.Counts.NONE));
    }

    public boolean canEdit(Trip t) {
        return scope.canWrite(t.unit.id);
    }

    public Trip create(TripRequest r) {
        Trip t = new Trip();
        t.unit = scope.writableUnit();
        t.createdBy = scope.username();
        apply(r, t);
        t.persistAndFlush();
        return t;
    }

    public Trip update(long id, String ifMatch, TripRequest r) {
        Trip t = editable(id);
        IfMatch.check(ifMatch, t.version);
        apply(r, t);
        t.updatedAt = Instant.now();
        em.flush();
        return t;
    }

    public void delete(long id, String ifMatch) {
        Trip t = editable(id);
        IfMatch.check(ifMatch, t.version);
        TripView.Counts c = counts(List.of(id), null).getOrDefault(id, TripView.Counts.NONE);
        if (c.visits() + c.leads() + c.projects() > 0) {
            throw ApiException.conflict("trip.in_use", "该外出招商已关联走访、线索或项目，请先解除关联再删除。");
        }
        t.delete();
    }

    private Trip editable(long id) {
        Trip t = find(id);
        if (!canEdit(t)) {
            throw new ApiException(403, "trip.not_owner", "该外出招商由" + t.unit.name + "录入，只有该单位可以修改。");
        }
        return t;
    }

    private static void apply(TripRequest r, Trip t) {
        if (r.endDate().isBefore(r.startDate())) {
            throw ApiException.invalid("endDate", "trip.dates_order", "返回日期不能早于出发日期。");
        }
        t.title = r.title().strip();
        t.leaderName = Blank.toNull(r.leaderName());
        t.delegation = clean(r.delegation());
        t.cities = clean(r.cities());
        t.startDate = r.startDate();
        t.endDate = r.endDate();
        t.purpose = Blank.toNull(r.purpose());
        t.outcome = Blank.toNull(r.outcome());
    }

    private static String[] clean(List<String> names) {
        return names == null
                ? new String[0]
                : names.stream().map(String::strip).distinct().toArray(String[]::new);
    }

    /** The projects that came of the trip, within the reader's unit rule. */
    public List<LinkedProject> projects(long tripId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code, name, stage, total_investment from project
                where trip_id = :t and (cast(:unit as bigint) is null or unit_id = :unit) order by id""")
                .setParameter("t", tripId)
                .setParameter("unit", scope.readableUnitId())
                .getResultList();
        return rows.stream()
                .map(r -> new LinkedProject(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ProjectStage.valueOf((String) r[3]),
                        (BigDecimal) r[4]))
                .toList();
    }

    /**
     * Visits, leads and projects linked to each trip: of {@code unit} only when given (a reader sees the counts of what
     * the unit rule lets them open, not "走访 3" over an empty list), of every unit when null (the check before a
     * delete, and district-wide readers).
     */
    private Map<Long, TripView.Counts> counts(List<Long> ids, Long unit) {
        Map<Long, TripView.Counts> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.id,
                       (select count(*) from visit v where v.trip_id = t.id
                            and (cast(:unit as bigint) is null or v.unit_id = :unit)),
                       (select count(*) from lead l where l.trip_id = t.id
                            and (cast(:unit as bigint) is null or l.unit_id = :unit)),
                       (select count(*) from project p where p.trip_id = t.id
                            and (cast(:unit as bigint) is null or p.unit_id = :unit))
                from trip t where t.id in (:ids)""")
                .setParameter("ids", ids)
                .setParameter("unit", unit)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) row[0]).longValue(),
                    new TripView.Counts(
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue()));
        }
        return counts;
    }
}
