package io.attract.project;

/** 工作台账 columns: 本月进展, 存在问题, 需协调事项, 下步计划. */
public enum WorklogKind {
    PROGRESS,
    PROBLEM,
    COORDINATION,
    NEXT_STEP
}
