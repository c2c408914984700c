package io.attract.common.security;

/** The realm roles of the OIDC provider (see BRIEF.md, "Who uses it"). */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String UNIT_HEAD = "unit_head";
    public static final String LEADER = "leader";
    public static final String STATS = "stats";
    public static final String ADMIN = "admin";

    private Roles() {}
}
