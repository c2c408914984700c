package io.attract.chain;

/** How a firm sits on a node: 本地 (already in the district) or 目标 (to attract). */
public enum ChainRole {
    LOCAL,
    TARGET
}
