package io.attract.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Which days are working days: Monday to Friday, less the calendar's days off, plus its 调休 working days (a
 * Saturday or Sunday worked in exchange for a longer holiday). Plain Java: the lead clocks count with it.
 */
public final class WorkingDays {

    /** Monday to Friday, no holidays: what the clocks counted before the calendar, and what an empty one says. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Map.of());

    private final Map<LocalDate, HolidayKind> days;

    public WorkingDays(Map<LocalDate, HolidayKind> days) {
        this.days = Map.copyOf(days);
    }

    public boolean isWorkingDay(LocalDate d) {
        HolidayKind kind = days.get(d);
        if (kind != null) {
            return kind == HolidayKind.WORKDAY;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code count} working days after {@code from}; a deadline that falls on a day off moves to the next working day. */
    public LocalDate plus(LocalDate from, int count) {
        LocalDate d = from;
        int left = count;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
