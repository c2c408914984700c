package io.attract.enterprise;

/** Awarded lists a firm is on (stored with the list's year): 链主, 骨干, 瞪羚, 独角兽 … */
public enum EnterpriseTagCode {
    CHAIN_LEADER,
    BACKBONE,
    GAZELLE,
    UNICORN,
    SRDI,
    LITTLE_GIANT,
    HIDDEN_CHAMPION,
    HIGH_TECH,
    FORTUNE_500,
    CHINA_500,
    PRIVATE_500,
    LISTED,
    INDUSTRY_TOP10
}
