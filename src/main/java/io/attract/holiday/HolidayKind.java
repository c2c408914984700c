package io.attract.holiday;

/** A day of the calendar: off (a public holiday, weekend or not) or a weekend day made a working day (调休上班). */
public enum HolidayKind {
    OFF,
    WORKDAY
}
