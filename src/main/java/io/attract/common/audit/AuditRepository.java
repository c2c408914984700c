package io.attract.common.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.attract.common.time.BusinessDates;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    /** {@code from}/{@code to}: Beijing calendar days, both included. */
    public record Filter(String entity, String entityId, String actor, String action, LocalDate from, LocalDate to) {
    }

    public PanacheQuery<AuditEvent> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" and entity = :entity");
            params.put("entity", filter.entity());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and entityId = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", filter.actor());
        }
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
            params.put("to", filter.to().plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant());
        }
        return find(where.toString(), Sort.descending("id"), params).page(Page.of(page, size));
    }

    public List<AuditEvent> forRecord(String entity, Object id) {
        return list("entity = ?1 and entityId = ?2", Sort.ascending("id"), entity, String.valueOf(id));
    }
}
