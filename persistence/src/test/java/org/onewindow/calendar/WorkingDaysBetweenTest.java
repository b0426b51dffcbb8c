package org.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.calendar.Calendars.CHINA;
import static org.onewindow.calendar.Calendars.beijing;
import static org.onewindow.calendar.Calendars.date;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkingDaysBetweenTest {

    @Test
    void fri13FebToFri27Feb2026_is5_andReverseIsMinus5() {
        // Sat 14, Tue 24, Wed 25, Thu 26, Fri 27.
        assertThat(CHINA.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 27))).isEqualTo(5);
        assertThat(CHINA.workingDaysBetween(date(2026, 2, 27), date(2026, 2, 13))).isEqualTo(-5);
    }

    @Test
    void sameDay_isZero() {
        assertThat(CHINA.workingDaysBetween(date(2026, 3, 10), date(2026, 3, 10))).isZero();
        assertThat(CHINA.workingDaysBetween(date(2026, 2, 17), date(2026, 2, 17))).isZero();
    }

    @Test
    void withinSpringFestival_isZero() {
        assertThat(CHINA.workingDaysBetween(date(2026, 2, 14), date(2026, 2, 23))).isZero();
    }

    @Test
    void instants_fri13Feb10h_toFri27Feb16h_is5() {
        assertThat(CHINA.workingDaysBetween(beijing(2026, 2, 13, 10, 0), beijing(2026, 2, 27, 16, 0))).isEqualTo(5);
        assertThat(CHINA.workingDaysBetween(beijing(2026, 2, 27, 16, 0), beijing(2026, 2, 13, 10, 0))).isEqualTo(-5);
    }

    @Test
    void instants_useBeijingDates() {
        // Beijing dates are Sat 14 Feb and Tue 24 Feb: only 24 Feb counts. In UTC it would be 13 -> 24 = 2.
        assertThat(CHINA.workingDaysBetween(Instant.parse("2026-02-13T16:30:00Z"), Instant.parse("2026-02-24T01:00:00Z")))
                .isEqualTo(1);
    }
}
