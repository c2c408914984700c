package io.attract.job;

import io.attract.common.error.ApiException;
import io.attract.common.error.Problem;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Runs long work as a job: the caller gets the QUEUED job at once; a bounded pool of workers runs the work in a
 * request context of its own, as the user who started it (so the work's checks, its owner fields and the audit
 * trail see that user), and records the answer or the problem. While a job is QUEUED or RUNNING here, a ticker
 * touches its heartbeat; a replica that dies stops touching, and the job then reads as FAILED 'interrupted'.
 */
@ApplicationScoped
public class Jobs {

    /** The work of a job: its answer (serialised as the job's result), or an {@link ApiException} for a problem. */
    @FunctionalInterface
    public interface Work {
        Object run(JobProgress progress);
    }

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    @Inject
    JobStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    JobsConfig config;

    private ManagedExecutor executor;
    private ScheduledExecutorService ticker;
    private final Set<UUID> live = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        executor = ManagedExecutor.builder()
                .maxAsync(config.workers())
                .maxQueued(config.queue())
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "attract-job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(
                this::touchLive,
                config.heartbeat().toMillis(),
                config.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        executor.shutdownNow();
    }

    /** Records a QUEUED job of {@code kind} for the caller and hands {@code work} to a worker. */
    public JobView start(String kind, Work work) {
        SecurityIdentity caller = QuarkusSecurityIdentity.builder(identity).build();
        Job job = store.create(kind, caller.getPrincipal().getName());
        live.add(job.id);
        try {
            executor.execute(() -> run(job.id, caller, work));
        } catch (RejectedExecutionException e) {
            live.remove(job.id);
            ApiException busy = new ApiException(503, "job.busy", "服务器上排队的任务已满，请稍后再试。");
            store.failed(job.id, busy.toProblem());
            throw busy;
        }
        return store.view(job);
    }

    private void run(UUID id, SecurityIdentity caller, Work work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(caller);
            store.running(id);
            store.succeeded(id, work.run(new Reporter(id)));
        } catch (ApiException e) {
            store.failed(id, e.toProblem());
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "job %s failed", id);
            store.failed(id, Problem.of(500, "internal.error", "处理时发生内部错误，未写入任何数据。请稍后重试或联系系统管理员。"));
        } finally {
            live.remove(id);
            requestContext.terminate();
        }
    }

    private void touchLive() {
        try {
            store.touch(Set.copyOf(live));
        } catch (RuntimeException e) {
            LOG.warn("could not touch the heartbeat of running jobs", e);
        }
    }

    /** Writes progress in short transactions of its own, throttled. */
    private final class Reporter implements JobProgress {
        private final UUID id;
        private JobPhase phase;
        private int total;
        private long lastWrite;

        Reporter(UUID id) {
            this.id = id;
        }

        @Override
        public void phase(JobPhase phase, int total) {
            this.phase = phase;
            this.total = total;
            write(0);
        }

        @Override
        public void done(int done) {
            if (System.nanoTime() - lastWrite >= config.progressInterval().toNanos() || done == total) {
                write(done);
            }
        }

        private void write(int done) {
            store.progress(id, phase, done, total);
            lastWrite = System.nanoTime();
        }
    }
}
