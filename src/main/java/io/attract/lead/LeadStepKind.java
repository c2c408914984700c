package io.attract.lead;

/** A dated line of a lead's history; RESPOND, ASSESS, FEEDBACK and PROGRESS are the steps its clocks wait for. */
public enum LeadStepKind {
    RECEIVED,
    RESPOND,
    ASSESS,
    FEEDBACK,
    PROGRESS,
    CONVERTED,
    DROPPED
}
