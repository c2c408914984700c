package io.attract.lead;

/** The outcome of 研判: worth pursuing or not. */
public enum AssessmentResult {
    PURSUE,
    DECLINE
}
