package io.attract.chain;

/** 上游, 中游, 下游 — in this order (coverage compares positions). */
public enum ChainSegment {
    UPSTREAM,
    MIDSTREAM,
    DOWNSTREAM;

    public String label() {
        return switch (this) {
            case UPSTREAM -> "上游";
            case MIDSTREAM -> "中游";
            case DOWNSTREAM -> "下游";
        };
    }
}
