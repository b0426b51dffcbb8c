package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.beijing;
import static org.onewindow.calendar.Calendars.date;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountingBaseTest {

    @Test
    void workingTue10Mar2026_beforeClose_isThatDay() {
        assertThat(CHINA.countingBase(beijing(2026, 3, 10, 10, 0))).isEqualTo(date(2026, 3, 10));
        assertThat(CHINA.countingBase(beijing(2026, 3, 10, 17, 29))).isEqualTo(date(2026, 3, 10));
    }

    @Test
    void workingTue10Mar2026_beforeOpening_isStillThatDay() {
        assertThat(CHINA.countingBase(beijing(2026, 3, 10, 7, 0))).isEqualTo(date(2026, 3, 10));
    }

    @Test
    void workingTue10Mar2026_atOrAfterClose_isWed11Mar() {
        assertThat(CHINA.countingBase(beijing(2026, 3, 10, 17, 30))).isEqualTo(date(2026, 3, 11));
        assertThat(CHINA.countingBase(beijing(2026, 3, 10, 18, 0))).isEqualTo(date(2026, 3, 11));
    }

    @Test
    void ordinarySat7Mar2026_isMon9Mar() {
        assertThat(CHINA.countingBase(beijing(2026, 3, 7, 10, 0))).isEqualTo(date(2026, 3, 9));
    }

    @Test
    void adjustedWorkdaySat14Feb2026_beforeClose_isThatSaturday() {
        assertThat(CHINA.countingBase(beijing(2026, 2, 14, 10, 0))).isEqualTo(date(2026, 2, 14));
    }

    @Test
    void sat14Feb2026_lastDayBeforeSpringFestival_afterHours_isTue24Feb() {
        assertThat(CHINA.countingBase(beijing(2026, 2, 14, 18, 0))).isEqualTo(date(2026, 2, 24));
    }

    @Test
    void dateIsReadInBeijing_notUtc() {
        // 16:30 UTC on Mon 9 Mar is 00:30 on Tue 10 Mar in Beijing.
        assertThat(CHINA.countingBase(Instant.parse("2026-03-09T16:30:00Z"))).isEqualTo(date(2026, 3, 10));
        // 09:00 UTC on Tue 10 Mar is 17:00 in Beijing: still open.
        assertThat(CHINA.countingBase(Instant.parse("2026-03-10T09:00:00Z"))).isEqualTo(date(2026, 3, 10));
    }
}
