package io.attract.figures;

import io.attract.common.persistence.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Figures computed once and answered again while nothing they are read from has changed (ADR 0020). An entry keeps
 * the database snapshot it was computed under; it is answered only while no transaction that wrote one of the
 * figures' tables (V20's {@code figure_change}) has committed since that snapshot, so a confirmation, a new fund or
 * a corrected stage shows at once, on every replica of the app. The check is one index lookup; a miss computes the
 * figures as before. Entries live at most {@code attract.figures.cache-ttl} (the change log keeps a day).
 */
@ApplicationScoped
public class FigureCache {

    private static final int ENTRIES = 256;

    @ConfigProperty(name = "attract.figures.cache-ttl", defaultValue = "1h")
    Duration ttl;

    /** Where the figures are read (ADR 0019): the snapshot and the check must be the same database's. */
    @Inject
    @ReadReplica
    EntityManager em;

    private record Entry(String snapshot, long createdAt, Object value) {}

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The figures for {@code key}: the cached ones if still exact, else {@code compute}'s (then kept). */
    @Transactional
    public <T> T get(Object key, Class<T> type, Supplier<T> compute) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && System.nanoTime() - entry.createdAt() < ttl.toNanos() && unchanged(entry.snapshot())) {
            return type.cast(entry.value());
        }
        // Taken before the first read of the figures: whatever commits after it is seen by the next check.
        String snapshot = (String)
                em.createNativeQuery("select pg_current_snapshot()::text").getSingleResult();
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(snapshot, System.nanoTime(), value));
        }
        return value;
    }

    private boolean unchanged(String snapshot) {
        return (Boolean) em.createNativeQuery("""
                select not exists (select 1 from figure_change c
                                   where c.txid >= pg_snapshot_xmin(cast(:s as pg_snapshot))
                                     and not pg_visible_in_snapshot(c.txid, cast(:s as pg_snapshot)))""").setParameter("s", snapshot).getSingleResult();
    }

    /** Forgets every entry (tests that change figures behind the database's back, e.g. the business date). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
