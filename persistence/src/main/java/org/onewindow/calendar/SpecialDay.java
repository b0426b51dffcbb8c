package org.onewindow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** One date that departs from the plain weekday rule, with the name shown to users. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A special day needs a name: " + date);
        }
        // A worked weekday is already a working day; such an entry would be a data error.
        if (kind == DayKind.ADJUSTED_WORKDAY && !isWeekend(date)) {
            throw new IllegalArgumentException("An adjusted workday must fall on a Saturday or Sunday: " + date);
        }
    }

    public static SpecialDay holiday(LocalDate date, String name) {
        return new SpecialDay(date, DayKind.HOLIDAY, name);
    }

    public static SpecialDay adjustedWorkday(LocalDate date, String name) {
        return new SpecialDay(date, DayKind.ADJUSTED_WORKDAY, name);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
