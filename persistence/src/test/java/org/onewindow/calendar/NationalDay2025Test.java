package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.beijing;
import static org.onewindow.calendar.Calendars.date;

import org.junit.jupiter.api.Test;

class NationalDay2025Test {

    @Test
    void sun28Sep_andSat11Oct_areWorked_1to8Oct_areOff() {
        assertThat(CHINA.isWorkingDay(date(2025, 9, 27))).isFalse(); // ordinary Saturday
        assertThat(CHINA.isWorkingDay(date(2025, 9, 28))).isTrue();
        for (int day = 1; day <= 8; day++) {
            assertThat(CHINA.isWorkingDay(date(2025, 10, day))).as("2025-10-%d", day).isFalse();
        }
        assertThat(CHINA.isWorkingDay(date(2025, 10, 9))).isTrue();
        assertThat(CHINA.isWorkingDay(date(2025, 10, 11))).isTrue();
        assertThat(CHINA.isWorkingDay(date(2025, 10, 12))).isFalse();
        assertThat(CHINA.specialDay(date(2025, 10, 6))).get().extracting(SpecialDay::name).isEqualTo("国庆节、中秋节");
    }

    @Test
    void acceptedFri26Sep2025_plus5WorkingDays_isFri10Oct() {
        // Sun 28, Mon 29, Tue 30 Sep; 1-8 Oct off; Thu 9, Fri 10 Oct.
        assertThat(CHINA.deadline(beijing(2025, 9, 26, 10, 0), TimeLimit.workingDays(5))).isEqualTo(date(2025, 10, 10));
    }

    @Test
    void acceptedFri26Sep2025_plus6WorkingDays_isWorkingSat11Oct() {
        assertThat(CHINA.deadline(beijing(2025, 9, 26, 10, 0), TimeLimit.workingDays(6))).isEqualTo(date(2025, 10, 11));
    }

    @Test
    void acceptedTue30Sep2025_afterHours_countsFromThu9Oct() {
        assertThat(CHINA.countingBase(beijing(2025, 9, 30, 18, 0))).isEqualTo(date(2025, 10, 9));
    }

    @Test
    void workingDaysBetween_acrossNationalDay() {
        assertThat(CHINA.workingDaysBetween(date(2025, 9, 30), date(2025, 10, 9))).isEqualTo(1);
        // Sep 28, 29, 30 and Oct 9, 10, 11.
        assertThat(CHINA.workingDaysBetween(date(2025, 9, 26), date(2025, 10, 12))).isEqualTo(6);
    }
}
