package org.onewindow.calendar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** One special day of the working-day calendar as an administrator maintains it: a holiday or an adjusted workday. */
@Entity
@Cacheable
public class CalendarDay {

    @Id
    private LocalDate calendarDate;

    private int calendarYear;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    private String name;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(SpecialDay day) {
        this.calendarDate = day.date();
        this.calendarYear = day.date().getYear();
        this.kind = day.kind();
        this.name = day.name();
    }

    public SpecialDay toSpecialDay() {
        return new SpecialDay(calendarDate, kind, name);
    }

    public LocalDate calendarDate() {
        return calendarDate;
    }
}
