package io.attract.common.audit;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

import io.attract.common.persistence.VersionedEntity;

/** Turns an entity property into something the audit trail can store as JSON. */
final class AuditValues {

    static final Object SKIP = new Object();

    private AuditValues() {
    }

    static Object jsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal t) {
            return t.toString();
        }
        if (value instanceof VersionedEntity entity) {
            // A reference to another record: its id, without loading a lazy proxy.
            LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
            Object id = lazy != null ? lazy.getIdentifier() : entity.id;
            return Map.of("ref", id);
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return Hibernate.isInitialized(value) ? value.toString() : SKIP;
        }
        return value.toString();
    }
}
