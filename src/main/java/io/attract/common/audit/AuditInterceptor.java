package io.attract.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * The audit trail of every entity, written on the transaction's own connection at the end of each Hibernate
 * flush (one JDBC batch), so the record and its audit row commit or roll back together. New entities are audited by being entities.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    private static final String INSERT = """
            insert into audit_event (actor, remote_address, action, entity, entity_id, changes)
            values (?, ?, ?, ?, ?, cast(? as jsonb))""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditActor actor;

    @Inject
    ObjectMapper json;

    /** Rows of the current thread's flush, written as one JDBC batch at its end (flushes are synchronous). */
    private final ThreadLocal<List<Object[]>> pending = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                put(changes, entity, names[i], null, state[i]);
            }
            write("CREATE", entity, id, changes);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(
            Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object before = previous == null ? null : previous[i];
                if (previous == null || !types[i].isEqual(before, current[i])) {
                    put(changes, entity, names[i], before, current[i]);
                }
            }
            if (!changes.isEmpty()) {
                write("UPDATE", entity, id, changes);
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                put(changes, entity, names[i], state[i], null);
            }
            write("DELETE", entity, id, changes);
        }
    }

    private static boolean audited(Object entity) {
        return !(entity instanceof AuditEvent);
    }

    private static void put(Map<String, Object[]> changes, Object entity, String name, Object before, Object after) {
        if ("version".equals(name)) {
            return;
        }
        boolean personal = AuditValues.personal(entity.getClass(), name);
        Object b = personal ? AuditValues.withheld(before) : AuditValues.jsonValue(before);
        Object a = personal ? AuditValues.withheld(after) : AuditValues.jsonValue(after);
        if (b == AuditValues.SKIP || a == AuditValues.SKIP || (b == null && a == null)) {
            return;
        }
        changes.put(name, new Object[] {b, a});
    }

    private void write(String action, Object entity, Object id, Map<String, Object[]> changes) {
        Map<String, Map<String, Object>> body = new LinkedHashMap<>();
        changes.forEach((field, pair) -> {
            Map<String, Object> beforeAfter = new LinkedHashMap<>();
            beforeAfter.put("before", pair[0]);
            beforeAfter.put("after", pair[1]);
            body.put(field, beforeAfter);
        });
        AuditActor.Actor who = actor.current();
        try {
            pending.get().add(new Object[] {
                who.username(),
                who.remoteAddress(),
                action,
                entity.getClass().getSimpleName(),
                String.valueOf(id),
                json.writeValueAsString(body)
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        List<Object[]> rows = pending.get();
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setString(i + 1, (String) row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // Failing here fails the transaction: no change without its audit row.
            throw new IllegalStateException("Could not write the audit trail", e);
        } finally {
            rows.clear();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        pending.get().clear();
    }
}
