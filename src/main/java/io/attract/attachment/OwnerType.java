package io.attract.attachment;

/** The records an attachment may belong to. */
public enum OwnerType {
    PROJECT,
    FUND,
    VISIT,
    ENTERPRISE,
    LEAD
}
