package io.attract.visit;

/** The firm's investment intent as the officer judged it: 无, 较弱, 明确, 已形成项目. */
public enum VisitIntent {
    NONE,
    WEAK,
    CLEAR,
    PROJECT
}
