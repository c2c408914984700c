package io.attract.project;

/** Why a project is flagged as stalled: the rule it broke, by how many days since the reference date. */
public record Stalled(long ruleId, StallRuleKind code, long days, String message) {}
