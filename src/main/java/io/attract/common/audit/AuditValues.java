package io.attract.common.audit;

import io.attract.common.crypto.PersonalData;
import io.attract.common.persistence.VersionedEntity;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/** Turns an entity property into something the audit trail can store as JSON. */
final class AuditValues {

    static final Object SKIP = new Object();

    /** What the trail keeps of a personal-data value: that there was one, never the value (ADR 0031). */
    static final String WITHHELD = "（个人信息，不记录）";

    private static final Map<String, Boolean> PERSONAL = new ConcurrentHashMap<>();

    static boolean personal(Class<?> entity, String field) {
        return PERSONAL.computeIfAbsent(entity.getName() + "#" + field, k -> {
            for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
                try {
                    return c.getDeclaredField(field).isAnnotationPresent(PersonalData.class);
                } catch (NoSuchFieldException e) {
                    // declared higher up
                }
            }
            return false;
        });
    }

    static Object withheld(Object value) {
        return value == null || value.toString().isEmpty() ? null : WITHHELD;
    }

    private AuditValues() {}

    static Object jsonValue(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof BigDecimal) {
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
            // A record persisted in the same flush (a cascaded contact) has no id yet: it has its own audit row.
            return id == null ? SKIP : Map.of("ref", id);
        }
        if (value instanceof Object[] array) {
            return list(Arrays.asList(array));
        }
        if (value instanceof Collection<?> collection) {
            // Elements as values, references as {"ref": id}; a collection not loaded is not read for the trail.
            return Hibernate.isInitialized(value) ? list(collection) : SKIP;
        }
        if (value instanceof Map<?, ?>) {
            return Hibernate.isInitialized(value) ? value.toString() : SKIP;
        }
        return value.toString();
    }

    private static List<Object> list(Collection<?> values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            Object json = jsonValue(v);
            if (json != SKIP) {
                list.add(json);
            }
        }
        return list;
    }
}
