package io.attract.job;

/**
 * What work tells its job as it goes. Each report is written in a short transaction of its own (never inside the
 * work's transaction), at most a few times a second; a phase change is always written.
 */
public interface JobProgress {

    /** Work that is not a job (a test, a caller that wants no progress). */
    JobProgress NONE = new JobProgress() {
        @Override
        public void phase(JobPhase phase, int total) {}

        @Override
        public void done(int done) {}
    };

    /** Starts a phase at 0 of {@code total} (0 when unknown). */
    void phase(JobPhase phase, int total);

    /** {@code done} of the phase's total. */
    void done(int done);
}
