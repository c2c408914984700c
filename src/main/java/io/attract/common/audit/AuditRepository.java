package io.attract.common.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    public record Filter(String entity, String entityId, String actor) {
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
        return find(where.toString(), Sort.descending("id"), params).page(Page.of(page, size));
    }

    public List<AuditEvent> forRecord(String entity, Object id) {
        return list("entity = ?1 and entityId = ?2", Sort.ascending("id"), entity, String.valueOf(id));
    }
}
