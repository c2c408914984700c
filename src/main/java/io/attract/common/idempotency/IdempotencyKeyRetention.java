package io.attract.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets Idempotency-Keys older than {@code attract.idempotency.keep} (30 days): a client retries within
 * minutes, or days for a phone that was offline, never months later. A key older than that makes a new record.
 * Every replica may run it; the delete is the same whichever runs first.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    @ConfigProperty(name = "attract.idempotency.keep", defaultValue = "30d")
    Duration keep;

    @Inject
    EntityManager em;

    @Scheduled(
            identity = "idempotency-key-purge",
            cron = "${attract.idempotency.purge-cron:0 45 3 * * ?}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        long deleted = purge();
        LOG.infof("Idempotency keys older than %s forgotten: %d", keep, deleted);
    }

    @Transactional
    public long purge() {
        return em.createNativeQuery(
                        "delete from idempotent_create where created_at < now() - make_interval(secs => :s)")
                .setParameter("s", (double) keep.toSeconds())
                .executeUpdate();
    }
}
