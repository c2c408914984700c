package io.attract.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.error.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The job table. Every write is a short transaction of its own ({@code requiringNew}), so progress is visible to
 * every replica while the work's own transaction is still open, and nothing here is undone when the work's is.
 */
@ApplicationScoped
public class JobStore {

    static final Problem INTERRUPTED_PROBLEM = Problem.of(500, "job.interrupted", "任务已中断（服务器在处理期间停止），未写入任何数据。请重新上传文件。");

    @Inject
    ObjectMapper json;

    @Inject
    JobsConfig config;

    public Job create(String kind, String owner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job.delete("createdAt < ?1", Instant.now().minus(config.keep()));
            Job job = new Job();
            job.id = UUID.randomUUID();
            job.kind = kind;
            job.state = JobState.QUEUED;
            job.ownerUsername = owner;
            job.createdAt = Instant.now();
            job.heartbeatAt = job.createdAt;
            job.persist();
            return job;
        });
    }

    public void running(UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() -> Job.update(
                        "state = ?1, heartbeatAt = ?2 where id = ?3 and state = ?4",
                        JobState.RUNNING,
                        Instant.now(),
                        id,
                        JobState.QUEUED));
    }

    public void progress(UUID id, JobPhase phase, int done, int total) {
        QuarkusTransaction.requiringNew()
                .run(() -> Job.update(
                        "phase = ?1, done = ?2, total = ?3, heartbeatAt = ?4 where id = ?5 and state = ?6",
                        phase,
                        done,
                        total,
                        Instant.now(),
                        id,
                        JobState.RUNNING));
    }

    /** The worker's replica is alive: its QUEUED and RUNNING jobs are not stale. */
    public void touch(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> Job.update(
                            "heartbeatAt = ?1 where id in ?2 and state in ?3",
                            Instant.now(),
                            ids,
                            java.util.List.of(JobState.QUEUED, JobState.RUNNING)));
        }
    }

    /** The work ended with an answer. It wins over an earlier 'interrupted' verdict: the answer is what happened. */
    public void succeeded(UUID id, Object result) {
        finish(id, JobState.SUCCEEDED, write(result), null);
    }

    public void failed(UUID id, Problem problem) {
        finish(id, JobState.FAILED, null, write(problem));
    }

    private void finish(UUID id, JobState state, String result, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job job = Job.findById(id);
            if (job != null) {
                job.state = state;
                job.result = result;
                job.problem = problem;
                job.finishedAt = Instant.now();
                job.heartbeatAt = job.finishedAt;
            }
        });
    }

    /**
     * The job as it stands. A live one whose heartbeat is stale is failed here as interrupted, by a conditional update,
     * so a worker that finishes at the same moment is never overwritten.
     */
    public Optional<Job> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            int failed = Job.update(
                    "state = ?1, problem = ?2, finishedAt = ?3 where id = ?4 and state in ?5" + " and heartbeatAt < ?6",
                    JobState.FAILED,
                    write(INTERRUPTED_PROBLEM),
                    now,
                    id,
                    java.util.List.of(JobState.QUEUED, JobState.RUNNING),
                    now.minus(config.staleAfter()));
            if (failed > 0) {
                Job.getEntityManager().clear();
            }
            return Job.findByIdOptional(id);
        });
    }

    /** The view the API answers, at 202 and on every poll. */
    public JobView view(Job job) {
        return new JobView(
                job.id,
                job.kind,
                job.state,
                job.phase,
                job.done,
                job.total,
                tree(job.result),
                tree(job.problem),
                job.createdAt,
                job.finishedAt);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's stored JSON is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's result must be JSON", e);
        }
    }
}
