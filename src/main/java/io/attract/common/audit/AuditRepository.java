package io.attract.common.audit;

import io.attract.common.time.BusinessDates;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    /**
     * {@code entityIds}, {@code actors}: null for any, else one of them (empty: none matches). {@code from}/{@code to}:
     * Beijing calendar days, both included.
     */
    public record Filter(
            String entity, List<String> entityIds, List<String> actors, String action, LocalDate from, LocalDate to) {}

    public PanacheQuery<AuditEvent> search(Filter filter, int page, int size) {
        Where where = where(filter);
        return find(where.hql(), Sort.descending("id"), where.params()).page(Page.of(page, size));
    }

    /** A page of {@link #search} read through {@code source}: the export reads the read replica (ADR 0019). */
    public List<AuditEvent> page(EntityManager source, Filter filter, int page, int size) {
        Where where = where(filter);
        TypedQuery<AuditEvent> query =
                source.createQuery("from AuditEvent where " + where.hql() + " order by id desc", AuditEvent.class);
        where.params().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private record Where(String hql, Map<String, Object> params) {}

    private static Where where(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" and entity = :entity");
            params.put("entity", filter.entity());
        }
        oneOf(where, params, "entityId", filter.entityIds());
        oneOf(where, params, "actor", filter.actors());
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay(BusinessDates.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.put(
                    "to",
                    filter.to().plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant());
        }
        return new Where(where.toString(), params);
    }

    private static void oneOf(StringBuilder where, Map<String, Object> params, String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            where.append(" and 1 = 0");
        } else {
            where.append(" and ").append(field).append(" in :").append(field);
            params.put(field, values);
        }
    }

    public List<AuditEvent> forRecord(String entity, Object id) {
        return list("entity = ?1 and entityId = ?2", Sort.ascending("id"), entity, String.valueOf(id));
    }
}
