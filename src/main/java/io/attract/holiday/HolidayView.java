package io.attract.holiday;

import java.time.LocalDate;

public record HolidayView(long id, LocalDate day, HolidayKind kind, String name, long version) {

    static HolidayView of(Holiday h) {
        return new HolidayView(h.id, h.day, h.kind, h.name, h.version);
    }
}
