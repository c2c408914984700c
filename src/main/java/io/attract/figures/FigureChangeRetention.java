package io.attract.figures;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps {@code figure_change} small: a change older than a day from a transaction that has ended is older than any
 * cached figure ({@link FigureCache} keeps an entry an hour; no import runs for a day). Every replica may run it.
 */
@ApplicationScoped
public class FigureChangeRetention {

    @Inject
    EntityManager em;

    @Scheduled(
            identity = "figure-change-purge",
            every = "1h",
            delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void hourly() {
        purge();
    }

    @Transactional
    public int purge() {
        return em.createNativeQuery("""
                delete from figure_change
                where changed_at < now() - interval '1 day' and txid < pg_snapshot_xmin(pg_current_snapshot())""").executeUpdate();
    }
}
