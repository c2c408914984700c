package io.attract.reminder;

/** The group robot a unit's webhook belongs to: 企业微信 or 钉钉. */
public enum WebhookKind {
    WECOM,
    DINGTALK
}
