package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.beijing;
import static org.onewindow.calendar.Calendars.date;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void acceptedFri13Feb2026At10_plus5WorkingDays_isFri27Feb() {
        // Sat 14 (worked) = 1; 15-23 off; Tue 24 = 2, Wed 25 = 3, Thu 26 = 4, Fri 27 = 5.
        assertThat(CHINA.deadline(beijing(2026, 2, 13, 10, 0), TimeLimit.workingDays(5))).isEqualTo(date(2026, 2, 27));
    }

    @Test
    void acceptedFri13Feb2026At10_plus6WorkingDays_isWorkingSat28Feb() {
        assertThat(CHINA.deadline(beijing(2026, 2, 13, 10, 0), TimeLimit.workingDays(6))).isEqualTo(date(2026, 2, 28));
    }

    @Test
    void acceptedFri13Feb2026AfterHours_plus1WorkingDay_isTue24Feb() {
        // Counts from Sat 14 Feb (worked); the next working day is Tue 24 Feb.
        assertThat(CHINA.deadline(beijing(2026, 2, 13, 18, 0), TimeLimit.workingDays(1))).isEqualTo(date(2026, 2, 24));
    }

    @Test
    void acceptedTue10Mar2026_plus20WorkingDays_isWed8Apr_skippingQingming() {
        // Mar 11-13 (3), 16-20 (8), 23-27 (13), 30-31 (15), Apr 1-3 (18); Apr 4-6 off; Apr 7 (19), Apr 8 (20).
        assertThat(CHINA.deadline(beijing(2026, 3, 10, 10, 0), TimeLimit.workingDays(20))).isEqualTo(date(2026, 4, 8));
    }

    @Test
    void acceptedWed31Dec2025_plus1WorkingDay_isWorkingSun4Jan2026() {
        assertThat(CHINA.deadline(beijing(2025, 12, 31, 10, 0), TimeLimit.workingDays(1))).isEqualTo(date(2026, 1, 4));
    }

    @Test
    void acceptedTue15Sep2026_plus10NaturalDays_endsOnMidAutumnFri25Sep_movesToMon28Sep() {
        assertThat(CHINA.deadline(beijing(2026, 9, 15, 10, 0), TimeLimit.naturalDays(10))).isEqualTo(date(2026, 9, 28));
    }

    @Test
    void acceptedTue1Sep2026_plus30NaturalDays_endsOnNationalDayThu1Oct_movesToThu8Oct() {
        assertThat(CHINA.deadline(beijing(2026, 9, 1, 10, 0), TimeLimit.naturalDays(30))).isEqualTo(date(2026, 10, 8));
    }

    @Test
    void acceptedTue10Mar2026_plus4NaturalDays_endsOnSat14Mar_movesToMon16Mar() {
        assertThat(CHINA.deadline(beijing(2026, 3, 10, 10, 0), TimeLimit.naturalDays(4))).isEqualTo(date(2026, 3, 16));
    }

    @Test
    void acceptedWed4Feb2026_plus10NaturalDays_endsOnWorkingSat14Feb_andStays() {
        assertThat(CHINA.deadline(beijing(2026, 2, 4, 10, 0), TimeLimit.naturalDays(10))).isEqualTo(date(2026, 2, 14));
    }

    @Test
    void acceptedSat7Mar2026_plus7NaturalDays_countsFromMon9Mar_isMon16Mar() {
        assertThat(CHINA.deadline(beijing(2026, 3, 7, 10, 0), TimeLimit.naturalDays(7))).isEqualTo(date(2026, 3, 16));
    }

    @Test
    void zeroLimit_onWorkingDayBeforeClose_isThatDay() {
        assertThat(CHINA.deadline(beijing(2026, 3, 10, 10, 0), TimeLimit.workingDays(0))).isEqualTo(date(2026, 3, 10));
        assertThat(CHINA.deadline(beijing(2026, 3, 10, 10, 0), TimeLimit.naturalDays(0))).isEqualTo(date(2026, 3, 10));
    }

    @Test
    void zeroLimit_acceptedSat14Feb2026AfterHours_isTue24Feb() {
        assertThat(CHINA.deadline(beijing(2026, 2, 14, 18, 0), TimeLimit.workingDays(0))).isEqualTo(date(2026, 2, 24));
        assertThat(CHINA.deadline(beijing(2026, 2, 14, 18, 0), TimeLimit.naturalDays(0))).isEqualTo(date(2026, 2, 24));
    }

    @Test
    void addWorkingDays_zero_returnsBaseEvenIfNotWorking() {
        assertThat(CHINA.addWorkingDays(date(2026, 2, 17), 0)).isEqualTo(date(2026, 2, 17));
    }
}
