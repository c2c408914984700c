package io.attract.holiday;

/** Fired in the transaction of an admin's change to the calendar: what counts working days counts again. */
public record HolidaysChanged() {}
