package io.attract.chain;

/** What a node needs (see {@link ChainCoverage}): 补链, 延链, 强链, or nothing (已覆盖). */
public enum Coverage {
    GAP,
    EXTEND,
    WEAK,
    COVERED;

    public String label() {
        return switch (this) {
            case GAP -> "补链";
            case EXTEND -> "延链";
            case WEAK -> "强链";
            case COVERED -> "已覆盖";
        };
    }
}
