package io.attract.visit;

/** Fired inside the delete's transaction: what hangs on a visit (its photos and files) goes with it. */
public record VisitDeleted(long visitId) {}
