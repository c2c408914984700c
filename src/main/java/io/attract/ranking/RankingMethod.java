package io.attract.ranking;

/** How completion becomes a score: capped time-proportional completion, or the efficacy coefficient (功效系数法). */
public enum RankingMethod {
    COMPLETION,
    EFFICACY
}
