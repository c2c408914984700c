package io.attract.industry;

/** 主导产业 (the "4"), 未来产业 (the "N"), or another industry the district tracks. */
public enum IndustryCategory {
    LEADING,
    FUTURE,
    OTHER
}
