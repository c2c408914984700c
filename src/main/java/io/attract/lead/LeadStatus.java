package io.attract.lead;

/** 跟进中, 已转项目, 已放弃. */
public enum LeadStatus {
    OPEN,
    CONVERTED,
    DROPPED
}
