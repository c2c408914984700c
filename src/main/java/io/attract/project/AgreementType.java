package io.attract.project;

/** 协议类型: 意向, 框架, 正式. */
public enum AgreementType {
    INTENT,
    FRAMEWORK,
    FORMAL
}
