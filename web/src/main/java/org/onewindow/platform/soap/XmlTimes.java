package org.onewindow.platform.soap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** xs:dateTime and xs:date as java.time, for the JAXB types generated from the WSDLs (see src/main/soap/dates.xjb). */
public final class XmlTimes {

    private XmlTimes() {
    }

    /** Any offset the caller writes; a time without one is read as UTC. */
    public static Instant parseInstant(String text) {
        String value = text.strip();
        return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(value).toInstant()
                : Instant.parse(value + "Z");
    }

    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.strip().substring(0, 10));
    }

    public static String print(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static String print(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
