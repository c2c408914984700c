package io.attract.space;

/** 轴 axis, 带 belt, 组团 cluster: the "一轴两带五组团" layout. */
public enum ZoneKind {
    AXIS,
    BELT,
    CLUSTER
}
