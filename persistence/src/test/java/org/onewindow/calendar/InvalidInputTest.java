package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.date;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void negativeWorkingDays_rejected() {
        assertThatThrownBy(() -> CHINA.addWorkingDays(date(2026, 3, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoEntriesForOneDate_rejected() {
        List<SpecialDay> days = List.of(
                SpecialDay.holiday(date(2026, 2, 14), "春节"),
                SpecialDay.adjustedWorkday(date(2026, 2, 14), "春节调休上班"));
        assertThatThrownBy(() -> new WorkingCalendar(days, OfficeHours.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-14");
    }

    @Test
    void sameScheduleTwice_rejected() {
        List<SpecialDay> days = new java.util.ArrayList<>(ChinaPublicHolidays.year(2026));
        days.addAll(ChinaPublicHolidays.year(2026));
        assertThatThrownBy(() -> new WorkingCalendar(days, OfficeHours.standard()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjustedWorkdayOnTue10Mar2026_rejected() {
        assertThatThrownBy(() -> SpecialDay.adjustedWorkday(date(2026, 3, 10), "调休上班"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankOrMissingParts_rejected() {
        assertThatThrownBy(() -> SpecialDay.holiday(date(2026, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecialDay(null, DayKind.HOLIDAY, "元旦"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SpecialDay(date(2026, 1, 1), null, "元旦"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void officeHoursClosingBeforeOpening_rejected() {
        assertThatThrownBy(() -> new OfficeHours(LocalTime.of(17, 30), LocalTime.of(8, 30), ZoneId.of("Asia/Shanghai")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unpublishedYear_rejected() {
        assertThatThrownBy(() -> ChinaPublicHolidays.year(2027)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChinaPublicHolidays.year(2024)).isInstanceOf(IllegalArgumentException.class);
    }
}
