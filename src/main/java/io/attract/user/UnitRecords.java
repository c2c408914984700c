package io.attract.user;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.unit.UnitOwned;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The life of a record a unit keeps (trips, events), one way for each: found or 404, changed only by its unit (403
 * naming the unit) at the version the client read, stamped on create and update, listed a page at a time with what
 * came of each. What differs per feature — its fields, its filters, its counts — stays in the feature.
 */
@ApplicationScoped
public class UnitRecords {

    /**
     * What a feature's records are called in answers.
     *
     * @param code the problem codes' prefix: {@code trip} gives {@code trip.not_found}, {@code trip.not_owner}
     * @param notFound the 404's message
     * @param noun the record in "该{noun}由{unit}录入，只有该单位可以修改。"
     */
    public record Kind<E extends UnitOwned>(Class<E> type, String code, String notFound, String noun) {}

    @Inject
    UnitScope scope;

    @Inject
    EntityManager em;

    public <E extends UnitOwned> E find(Kind<E> kind, long id) {
        E found = em.find(kind.type(), id);
        if (found == null) {
            throw ApiException.notFound(kind.code() + ".not_found", kind.notFound());
        }
        return found;
    }

    public boolean canEdit(UnitOwned record) {
        return scope.canWrite(record.unit.id);
    }

    /** The record, when the caller's unit keeps it and {@code ifMatch} names its current version. */
    public <E extends UnitOwned> E editable(Kind<E> kind, long id, String ifMatch) {
        E record = find(kind, id);
        if (!canEdit(record)) {
            throw new ApiException(
                    403, kind.code() + ".not_owner", "该" + kind.noun() + "由" + record.unit.name + "录入，只有该单位可以修改。");
        }
        IfMatch.check(ifMatch, record.version);
        return record;
    }

    /** A new record of the caller's unit, filled by {@code apply}. */
    public <E extends UnitOwned> E create(E record, Consumer<E> apply) {
        record.unit = scope.writableUnit();
        record.createdBy = scope.username();
        apply.accept(record);
        record.persistAndFlush();
        return record;
    }

    public <E extends UnitOwned> E update(Kind<E> kind, long id, String ifMatch, Consumer<E> apply) {
        E record = editable(kind, id, ifMatch);
        apply.accept(record);
        record.updatedAt = Instant.now();
        em.flush();
        return record;
    }

    /**
     * One page of a list, each record answered with its counts.
     *
     * @param counts the counts of the page's records by id; a record it leaves out has {@code none}
     */
    public <E extends UnitOwned, C, V> PageView<V> page(
            PanacheQuery<E> query,
            int page,
            int size,
            Function<List<Long>, Map<Long, C>> counts,
            C none,
            BiFunction<E, C, V> view) {
        List<E> found = query.page(Page.of(page, size)).list();
        Map<Long, C> counted = counts.apply(found.stream().map(e -> e.id).toList());
        return PageView.of(
                found.stream()
                        .map(e -> view.apply(e, counted.getOrDefault(e.id, none)))
                        .toList(),
                query.count());
    }
}
