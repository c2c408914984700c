package io.attract.enterprise;

/**
 * Fired inside the merge transaction: features that point at enterprises (visits, leads, projects …) observe it
 * and move their rows from {@code mergedId} to {@code survivorId}, so a merge keeps every record of both firms.
 */
public record EnterprisesMerged(long survivorId, long mergedId, String by) {}
