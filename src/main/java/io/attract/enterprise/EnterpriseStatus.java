package io.attract.enterprise;

/** 储备 pool, 跟进 following, 已转化 converted (a project came of it), 休眠 dormant. */
public enum EnterpriseStatus {
    POOL,
    FOLLOWING,
    CONVERTED,
    DORMANT
}
