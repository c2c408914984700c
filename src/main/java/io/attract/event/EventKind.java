package io.attract.event;

/** 推介会, 集中签约, 论坛/峰会, 展会, 其他. */
public enum EventKind {
    PROMOTION,
    SIGNING,
    FORUM,
    EXPO,
    OTHER
}
