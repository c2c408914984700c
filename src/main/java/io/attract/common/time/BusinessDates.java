package io.attract.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Business dates are the district's calendar days (Beijing time), whatever the server's zone. */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private BusinessDates() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * The last day of the last complete month (on 7 December: 30 November): where the cockpit and the ranking open,
     * so that their 1–N月 and 序时进度 N/12 are the monthly report's.
     */
    public static LocalDate lastCompleteMonthEnd() {
        return today().withDayOfMonth(1).minusDays(1);
    }

    /** The one way a moment is written for people, on screens, in exports and PDFs: 2026-12-07 09:42, Beijing time. */
    public static String minute(Instant at) {
        return at == null ? null : MINUTE.format(at);
    }
}
