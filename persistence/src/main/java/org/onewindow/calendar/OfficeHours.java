package org.onewindow.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** When the service hall is open, and the zone in which dates and times are read. */
public record OfficeHours(LocalTime opens, LocalTime closes, ZoneId zone) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Office hours must open before they close: " + opens + "-" + closes);
        }
    }

    /** 08:30-17:30 China Standard Time. */
    public static OfficeHours standard() {
        return new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30), CHINA);
    }
}
