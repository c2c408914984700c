package io.attract.engagement;

import java.time.LocalDate;

/**
 * One line of a firm's timeline. {@code code} is the entry's own enumeration (visit kind, lead status, event kind,
 * project stage) for the UI to name. A restricted entry is another unit's visit or lead: only kind, date, unit.
 */
public record TimelineEntry(
        String kind,
        Long id,
        LocalDate date,
        String code,
        String title,
        String detail,
        String unitName,
        boolean restricted) {}
