package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.date;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class Schedule2026Test {

    @Test
    void newYear_1to3Jan_areOff() {
        assertThat(CHINA.isWorkingDay(date(2026, 1, 1))).isFalse(); // Thursday
        assertThat(CHINA.isWorkingDay(date(2026, 1, 2))).isFalse(); // Friday
        assertThat(CHINA.isWorkingDay(date(2026, 1, 3))).isFalse(); // Saturday
    }

    @Test
    void sunday4Jan_isAWorkingSunday() {
        assertThat(date(2026, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CHINA.isWorkingDay(date(2026, 1, 4))).isTrue();
        assertThat(CHINA.specialDay(date(2026, 1, 4))).get()
                .extracting(SpecialDay::kind, SpecialDay::name)
                .containsExactly(DayKind.ADJUSTED_WORKDAY, "元旦调休上班");
    }

    @Test
    void saturdays14And28Feb_areWorkingSaturdays() {
        assertThat(date(2026, 2, 14).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(date(2026, 2, 28).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(CHINA.isWorkingDay(date(2026, 2, 14))).isTrue();
        assertThat(CHINA.isWorkingDay(date(2026, 2, 28))).isTrue();
    }

    @Test
    void springFestival_15to23Feb_isOff_andNamed() {
        for (int day = 15; day <= 23; day++) {
            assertThat(CHINA.isWorkingDay(date(2026, 2, day))).as("2026-02-%d", day).isFalse();
            assertThat(CHINA.specialDay(date(2026, 2, day))).get().extracting(SpecialDay::name).isEqualTo("春节");
        }
        assertThat(CHINA.isWorkingDay(date(2026, 2, 13))).isTrue(); // Friday before
        assertThat(CHINA.isWorkingDay(date(2026, 2, 24))).isTrue(); // Tuesday after
    }

    @Test
    void normalSaturday7Mar_isOff_andNormalTuesday10Mar_isOn() {
        assertThat(CHINA.isWorkingDay(date(2026, 3, 7))).isFalse();
        assertThat(CHINA.isWorkingDay(date(2026, 3, 8))).isFalse();
        assertThat(CHINA.isWorkingDay(date(2026, 3, 10))).isTrue();
        assertThat(CHINA.specialDay(date(2026, 3, 10))).isEmpty();
    }

    @Test
    void nextWorkingDay_afterLastDayBeforeSpringFestival_isTue24Feb() {
        assertThat(CHINA.nextWorkingDay(date(2026, 2, 14))).isEqualTo(date(2026, 2, 24));
        assertThat(CHINA.nextWorkingDay(date(2026, 3, 10))).isEqualTo(date(2026, 3, 11));
    }

    @Test
    void schedules_haveEveryDayOffAndEveryAdjustedWorkday() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 2 + 1 + 2 adjusted workdays.
        assertThat(ChinaPublicHolidays.year(2025)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(28);
        assertThat(ChinaPublicHolidays.year(2025)).filteredOn(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).hasSize(5);
        // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; 1 + 2 + 1 + 2 adjusted workdays.
        assertThat(ChinaPublicHolidays.year(2026)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(33);
        assertThat(ChinaPublicHolidays.year(2026)).filteredOn(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).hasSize(6);
    }
}
