package io.attract.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code attract.jobs.*}: how many jobs run and wait, how a job shows it is alive, and how long jobs are kept. */
@ConfigMapping(prefix = "attract.jobs")
public interface JobsConfig {

    /** Jobs that run at once; the others wait in the queue. */
    @WithDefault("2")
    int workers();

    /** Jobs that may wait; past that a start answers 503 job.busy (and no more uploads are held in memory). */
    @WithDefault("8")
    int queue();

    /** How often a worker touches the heartbeat of its running jobs. */
    @WithDefault("10s")
    Duration heartbeat();

    /** A QUEUED or RUNNING job not touched for this long was cut off (its replica crashed or was killed). */
    @WithDefault("60s")
    Duration staleAfter();

    /** Finished or not, jobs older than this are deleted when a new one starts. */
    @WithDefault("30d")
    Duration keep();

    /** Between two progress writes of one job, at least this long (phase changes are always written). */
    @WithDefault("300ms")
    Duration progressInterval();
}
