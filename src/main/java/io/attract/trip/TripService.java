package io.attract.trip;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.PageView;
import io.attract.common.persistence.TupleRecords;
import io.attract.common.text.Blank;
import io.attract.user.UnitRecordService;
import io.attract.user.UnitRecords;
import io.attract.user.UnitScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class TripService extends UnitRecordService<Trip, TripRequest> {

    public record Filter(String q, Integer year, Boolean leaderLed, Long unitId, LocalDate from, LocalDate to) {}

    static final UnitRecords.Kind<Trip> KIND = new UnitRecords.Kind<>(Trip.class, "trip", "找不到该外出招商记录。", "外出招商");

    @Inject
    UnitScope scope;

    @Inject
    EntityManager em;

    public TripService() {
        super(KIND, Trip::new);
    }

    public PageView<TripView> list(Filter f, Sort sort, int page, int size) {
        HqlWhere where = new HqlWhere()
                .contains(
                        f.q(),
                        "t.title",
                        "coalesce(t.leaderName, '')",
                        "coalesce(t.purpose, '')",
                        "function('array_to_string', t.cities, ' ')")
                .and("t.unit.id = :unit", "unit", f.unitId())
                .dated("t.startDate", f.year(), f.from(), f.to());
        if (f.leaderLed() != null) {
            where.and(f.leaderLed() ? "coalesce(t.leaderName, '') <> ''" : "coalesce(t.leaderName, '') = ''");
        }
        return records.page(
                Trip.<Trip>find("from Trip t join fetch t.unit where " + where.hql(), sort, where.parameters()),
                page,
                size,
                ids -> counts(ids, scope.readableUnitId()),
                TripView.Counts.NONE,
                TripView::of);
    }

    public TripView view(Trip t) {
        return TripView.of(t, counts(List.of(t.id), scope.readableUnitId()).getOrDefault(t.id, TripView.Counts.NONE));
    }

    public void delete(long id, String ifMatch) {
        Trip t = records.editable(KIND, id, ifMatch);
        TripView.Counts c = counts(List.of(id), null).getOrDefault(id, TripView.Counts.NONE);
        if (c.visits() + c.leads() + c.projects() > 0) {
            throw ApiException.conflict("trip.in_use", "该外出招商已关联走访、线索或项目，请先解除关联再删除。");
        }
        t.delete();
    }

    @Override
    protected void apply(TripRequest r, Trip t) {
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
        List<Tuple> rows = em.createNativeQuery("""
                select id, code, name, stage, total_investment as totalInvestment from project
                where trip_id = :t and (cast(:unit as bigint) is null or unit_id = :unit) order by id""", Tuple.class)
                .setParameter("t", tripId)
                .setParameter("unit", scope.readableUnitId())
                .getResultList();
        return TupleRecords.map(rows, LinkedProject.class);
    }

    /**
     * Visits, leads and projects linked to each trip: of {@code unit} only when given (a reader sees the counts of what
     * the unit rule lets them open, not "走访 3" over an empty list), of every unit when null (the check before a
     * delete, and district-wide readers).
     */
    private Map<Long, TripView.Counts> counts(List<Long> ids, Long unit) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select t.id,
                       (select count(*) from visit v where v.trip_id = t.id
                            and (cast(:unit as bigint) is null or v.unit_id = :unit)) as visits,
                       (select count(*) from lead l where l.trip_id = t.id
                            and (cast(:unit as bigint) is null or l.unit_id = :unit)) as leads,
                       (select count(*) from project p where p.trip_id = t.id
                            and (cast(:unit as bigint) is null or p.unit_id = :unit)) as projects
                from trip t where t.id in (:ids)""", Tuple.class)
                .setParameter("ids", ids)
                .setParameter("unit", unit)
                .getResultList();
        return TupleRecords.map(rows, Counted.class).stream()
                .collect(Collectors.toMap(Counted::id, c -> new TripView.Counts(c.visits(), c.leads(), c.projects())));
    }

    private record Counted(long id, long visits, long leads, long projects) {}
}
