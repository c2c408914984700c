package io.attract.job;

/** What a running job is doing; {@code done} of {@code total} counts within the phase. */
public enum JobPhase {
    /** Reading the uploaded file. */
    PARSING,
    /** Checking every row. */
    VALIDATING,
    /** Writing, in the job's one transaction. */
    WRITING
}
