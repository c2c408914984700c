package io.attract.job;

/** QUEUED → RUNNING → SUCCEEDED or FAILED; a QUEUED or RUNNING job whose heartbeat went stale reads as FAILED. */
public enum JobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
