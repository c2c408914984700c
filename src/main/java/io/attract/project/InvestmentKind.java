package io.attract.project;

/** 新建, 技改升级, 增资扩股: an upgrade or a capital increase counts only its increment (三明 rules). */
public enum InvestmentKind {
    NEW,
    UPGRADE,
    CAPITAL_INCREASE
}
