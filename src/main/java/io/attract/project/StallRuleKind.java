package io.attract.project;

/** NO_WORKLOG: no work-log entry for the rule's days in the stage; STUCK: still in the stage that long after entering it. */
public enum StallRuleKind {
    NO_WORKLOG,
    STUCK
}
