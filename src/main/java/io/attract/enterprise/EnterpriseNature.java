package io.attract.enterprise;

/** 央企, 国企 (local SOE), 民企, 外资, 港澳台. */
public enum EnterpriseNature {
    CENTRAL_SOE,
    LOCAL_SOE,
    PRIVATE,
    FOREIGN,
    HK_MO_TW
}
