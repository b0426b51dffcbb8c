package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.date;

import org.junit.jupiter.api.Test;

class ShiftByWorkingDaysTest {

    @Test
    void tue24Feb2026_minus1_isWorkingSat14Feb() {
        assertThat(CHINA.shiftByWorkingDays(date(2026, 2, 24), -1)).isEqualTo(date(2026, 2, 14));
    }

    @Test
    void fri27Feb2026_minus5_isFri13Feb() {
        assertThat(CHINA.shiftByWorkingDays(date(2026, 2, 27), -5)).isEqualTo(date(2026, 2, 13));
    }

    @Test
    void mon2Mar2026_minus1_isWorkingSat28Feb() {
        assertThat(CHINA.shiftByWorkingDays(date(2026, 3, 2), -1)).isEqualTo(date(2026, 2, 28));
    }

    @Test
    void mon5Jan2026_minus2_isWed31Dec2025() {
        // Sun 4 Jan (worked) = 1; 1-3 Jan off; Wed 31 Dec = 2.
        assertThat(CHINA.shiftByWorkingDays(date(2026, 1, 5), -2)).isEqualTo(date(2025, 12, 31));
    }

    @Test
    void positiveAndZero_matchAddWorkingDays() {
        assertThat(CHINA.shiftByWorkingDays(date(2026, 2, 13), 5)).isEqualTo(date(2026, 2, 27));
        assertThat(CHINA.shiftByWorkingDays(date(2026, 2, 13), 0)).isEqualTo(date(2026, 2, 13));
    }
}
