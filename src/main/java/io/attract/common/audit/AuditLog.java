package io.attract.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit row of a change made with SQL rather than through an entity (link tables): written in the caller's
 * transaction, in the same shape as the rows {@link AuditInterceptor} writes.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    AuditActor actor;

    @Inject
    ObjectMapper json;

    /**
     * A record was read in a way the trail keeps (an attachment downloaded or previewed): no change, so no fields;
     * the row's key names the record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String action, String entity, String entityId) {
        AuditActor.Actor who = actor.current();
        em.createNativeQuery("""
                insert into audit_event (actor, remote_address, action, entity, entity_id, changes)
                values (:actor, :address, :action, :entity, :id, null)""")
                .setParameter("actor", who.username())
                .setParameter("address", who.remoteAddress())
                .setParameter("action", action)
                .setParameter("entity", entity)
                .setParameter("id", entityId)
                .executeUpdate();
    }

    /** {@code fields}: the values the row had after (CREATE) or before (DELETE) the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, String entityId, Map<String, Object> fields) {
        boolean created = "CREATE".equals(action);
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            Map<String, Object> beforeAfter = new LinkedHashMap<>();
            beforeAfter.put("before", created ? null : value);
            beforeAfter.put("after", created ? value : null);
            changes.put(field, beforeAfter);
        });
        AuditActor.Actor who = actor.current();
        try {
            em.createNativeQuery("""
                    insert into audit_event (actor, remote_address, action, entity, entity_id, changes)
                    values (:actor, :address, :action, :entity, :id, cast(:changes as jsonb))""")
                    .setParameter("actor", who.username())
                    .setParameter("address", who.remoteAddress())
                    .setParameter("action", action)
                    .setParameter("entity", entity)
                    .setParameter("id", entityId)
                    .setParameter("changes", json.writeValueAsString(changes))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }
}
