package io.attract.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.persistence.DatabaseBootstrap;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the audit trail for {@code attract.audit.retention} (180 days at least) and purges older rows daily
 * through the database's {@code audit_purge} (V15), which alone may delete, and only rows past the 180-day floor.
 * One replica purges at a time (a transaction-scoped advisory lock); each purge writes its own PURGE row.
 */
@ApplicationScoped
public class AuditRetention {

    /** MLPS level 3 keeps logs six months; V15 holds the same floor in the database. */
    public static final Duration FLOOR = Duration.ofDays(180);

    static final String ACTION = "PURGE";
    static final String ENTITY = "AuditEvent";
    /** Rows deleted per transaction: a first purge of a long backlog is many short transactions, not one long one. */
    static final int BATCH = 50_000;

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    @ConfigProperty(name = "attract.audit.retention", defaultValue = "730d")
    Duration retention;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What one purge did; {@code skipped}: another replica held the lock, nothing was deleted here. */
    public record Outcome(long deleted, boolean skipped) {}

    /** Refuses to start with a retention below the floor, before anything else runs. */
    void onStart(@Observes @Priority(DatabaseBootstrap.PRIORITY - 1) StartupEvent event) {
        check(retention);
    }

    static Duration check(Duration keep) {
        if (keep == null || keep.compareTo(FLOOR) < 0) {
            throw new ConfigurationException("attract.audit.retention is " + days(keep)
                    + " but the audit trail must be kept " + FLOOR.toDays() + " days at least (MLPS level 3; the "
                    + "database refuses to purge younger rows): set ATTRACT_AUDIT_RETENTION to 180d or more");
        }
        return keep;
    }

    /** Daily (attract.audit.purge-cron, Beijing time; {@code off} disables it) on every replica; one of them purges. */
    @Scheduled(
            identity = "audit-purge",
            cron = "${attract.audit.purge-cron:0 30 3 * * ?}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while start-up still migrates
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Audit trail purge failed; rows older than %s stay until the next run", days(retention));
        }
    }

    public Duration retention() {
        return retention;
    }

    /** Deletes the rows older than the configured retention. */
    public Outcome purge() {
        return purge(retention);
    }

    Outcome purge(Duration keep) {
        return purge(keep, BATCH);
    }

    Outcome purge(Duration keep, int batchSize) {
        check(keep);
        long deleted = 0;
        while (true) {
            Outcome batch = purgeBatch(keep, batchSize);
            if (batch.skipped()) {
                if (deleted == 0) {
                    LOG.infof("Audit trail purge skipped: another replica is purging");
                    return batch;
                }
                break;
            }
            deleted += batch.deleted();
            if (batch.deleted() < batchSize) {
                break;
            }
        }
        LOG.infof("Audit trail purge: %d rows older than %s deleted", deleted, days(keep));
        return new Outcome(deleted, false);
    }

    /**
     * One transaction: take the purge lock or give up, delete at most {@code limit} rows, and record the deletion in
     * the trail itself (nothing is recorded when nothing was deleted).
     */
    Outcome purgeBatch(Duration keep, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Keyed on the table's oid: one purge at a time across replicas, released at commit or rollback.
            Boolean locked = (Boolean)
                    em.createNativeQuery("select pg_try_advisory_xact_lock(cast('audit_event' as regclass)::int)")
                            .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Outcome(0, true);
            }
            Tuple row = (Tuple) em.createNativeQuery("""
                    select audit_purge(make_interval(secs => :secs), :maxRows) as deleted,
                           now() - make_interval(secs => :secs) as cutoff""", Tuple.class)
                    .setParameter("secs", (double) keep.getSeconds())
                    .setParameter("maxRows", limit)
                    .getSingleResult();
            long deleted = row.get("deleted", Number.class).longValue();
            if (deleted > 0) {
                record(deleted, instant(row.get("cutoff")), keep);
            }
            return new Outcome(deleted, false);
        });
    }

    private void record(long deleted, Instant cutoff, Duration keep) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("deleted", after(deleted));
        changes.put("olderThan", after(cutoff.toString()));
        changes.put("retentionDays", after(keep.toDays()));
        try {
            // The actor is the system whatever context the scheduler runs in.
            em.createNativeQuery("""
                    insert into audit_event (actor, action, entity, entity_id, changes)
                    values (:actor, :action, :entity, :id, cast(:changes as jsonb))""")
                    .setParameter("actor", AuditActor.SYSTEM)
                    .setParameter("action", ACTION)
                    .setParameter("entity", ENTITY)
                    .setParameter("id", cutoff.toString())
                    .setParameter("changes", json.writeValueAsString(changes))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    private static String days(Duration keep) {
        return keep == null ? "unset" : keep.toSeconds() % 86_400 == 0 ? keep.toDays() + "d" : keep.toString();
    }

    private static Map<String, Object> after(Object value) {
        Map<String, Object> beforeAfter = new LinkedHashMap<>();
        beforeAfter.put("before", null);
        beforeAfter.put("after", value);
        return beforeAfter;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
