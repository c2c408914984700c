package io.attract.event;

/** Whether the district hosted the event (主办) or attended someone else's (参加). */
public enum EventRole {
    HOSTED,
    ATTENDED
}
