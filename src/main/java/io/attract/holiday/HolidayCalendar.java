package io.attract.holiday;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The calendar as the working-day rule reads it: every listed day (a few dozen a year), read when asked. */
@ApplicationScoped
public class HolidayCalendar {

    public WorkingDays workingDays() {
        Map<LocalDate, HolidayKind> days = new HashMap<>();
        Holiday.<Holiday>listAll().forEach(h -> days.put(h.day, h.kind));
        return new WorkingDays(days);
    }
}
