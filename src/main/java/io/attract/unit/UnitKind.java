package io.attract.unit;

/** 街道 street office, 部门 department, 园区 park management committee. */
public enum UnitKind {
    STREET,
    DEPARTMENT,
    PARK
}
