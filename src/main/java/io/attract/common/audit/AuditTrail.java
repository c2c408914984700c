package io.attract.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit trail for the features that show a record's history; whoever may read the record may read it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    @Inject
    AuditRepository audit;

    @Inject
    ObjectMapper json;

    /** The whole trail of one record, oldest first. */
    public List<AuditEventView> forRecord(String entity, Object id) {
        return audit.forRecord(entity, id).stream().map(this::view).toList();
    }

    AuditEventView view(AuditEvent e) {
        try {
            return new AuditEventView(
                    e.id,
                    e.occurredAt,
                    e.actor,
                    e.remoteAddress,
                    e.action,
                    e.entity,
                    e.entityId,
                    e.changes == null ? null : json.readTree(e.changes));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit row " + e.id, ex);
        }
    }
}
