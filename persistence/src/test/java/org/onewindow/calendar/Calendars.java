package org.onewindow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Shared fixture: the national 2025 and 2026 schedules with standard office hours. */
final class Calendars {

    static final WorkingCalendar CHINA = china();

    private Calendars() {
    }

    private static WorkingCalendar china() {
        List<SpecialDay> days = new ArrayList<>(ChinaPublicHolidays.year(2025));
        days.addAll(ChinaPublicHolidays.year(2026));
        return new WorkingCalendar(days, OfficeHours.standard());
    }

    /** A wall-clock time in Beijing. */
    static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(OfficeHours.standard().zone()).toInstant();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
