package io.attract.common.security;

/** The realm roles of the OIDC provider (see BRIEF.md, "Who uses it"). */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String UNIT_HEAD = "unit_head";
    public static final String LEADER = "leader";
    public static final String STATS = "stats";
    /** 系统管理员: units, users' units, catalogues, space, targets, settings; never the audit trail. */
    public static final String ADMIN = "admin";
    /** 安全管理员: roles, sessions, password policy and locking, in Keycloak's console; nothing of the data here. */
    public static final String SECURITY_ADMIN = "security_admin";
    /** 审计管理员: reads and exports the audit trail, nothing else (三员分立, ADR 0032). */
    public static final String AUDIT_ADMIN = "audit_admin";

    private Roles() {}
}
