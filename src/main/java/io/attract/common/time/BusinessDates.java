package io.attract.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are the district's calendar days (Beijing time), whatever the server's zone. */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
