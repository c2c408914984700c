package io.attract.project;

/** Fired inside the delete's transaction: what hangs on a funds entry (its bank slip) goes with it. */
public record FundDeleted(long fundId) {}
