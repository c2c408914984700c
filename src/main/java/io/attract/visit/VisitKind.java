package io.attract.visit;

/** 上门拜访, 来访接待, 电话, 视频, 展会洽谈. */
public enum VisitKind {
    ON_SITE,
    RECEPTION,
    PHONE,
    VIDEO,
    EXPO
}
