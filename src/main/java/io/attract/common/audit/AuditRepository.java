package io.attract.common.audit;

import io.attract.common.persistence.HqlWhere;
import io.attract.common.time.BusinessDates;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    /**
     * {@code entityIds}, {@code actors}: null for any, else one of them (empty: none matches). {@code from}/{@code to}:
     * Beijing calendar days, both included.
     */
    public record Filter(
            String entity, List<String> entityIds, List<String> actors, String action, LocalDate from, LocalDate to) {}

    public PanacheQuery<AuditEvent> search(Filter filter, int page, int size) {
        HqlWhere where = where(filter);
        return find(where.hql(), Sort.descending("id"), where.parameters()).page(Page.of(page, size));
    }

    /** A page of {@link #search} read through {@code source}: the export reads the read replica (ADR 0019). */
    public List<AuditEvent> page(EntityManager source, Filter filter, int page, int size) {
        HqlWhere where = where(filter);
        TypedQuery<AuditEvent> query =
                source.createQuery("from AuditEvent where " + where.hql() + " order by id desc", AuditEvent.class);
        where.parameters().map().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private static HqlWhere where(Filter filter) {
        HqlWhere where = new HqlWhere().and("entity = :entity", "entity", filter.entity());
        oneOf(where, "entityId", filter.entityIds());
        oneOf(where, "actor", filter.actors());
        return where.and("action = :action", "action", filter.action())
                .and("occurredAt >= :from", "from", filter.from() == null ? null : startOf(filter.from()))
                .and(
                        "occurredAt < :to",
                        "to",
                        filter.to() == null ? null : startOf(filter.to().plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessDates.ZONE).toInstant();
    }

    private static void oneOf(HqlWhere where, String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            where.and("1 = 0");
        } else {
            where.and(field + " in :" + field, field, values);
        }
    }

    public List<AuditEvent> forRecord(String entity, Object id) {
        return list("entity = ?1 and entityId = ?2", Sort.ascending("id"), entity, String.valueOf(id));
    }
}
