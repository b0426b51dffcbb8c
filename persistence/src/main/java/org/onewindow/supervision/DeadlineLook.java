package org.onewindow.supervision;

import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One look at a running deadline on a given day: which card is due, and the next day anything can fall due
 * (the yellow day, then the day after the deadline, then nothing). The deadline has already been moved by
 * every stop of the clock, so the share of time and the days left honour suspensions, supplements and the
 * calendar. A deadline looked at for the first time after it passed gets its red card only: the warning
 * would come too late to help.
 */
public record DeadlineLook(CardColor due, LocalDate nextLook) {

    public static final DeadlineLook NOTHING = new DeadlineLook(null, null);

    /**
     * @param yellowRule the cause's rule for the warning, null or disabled for none
     * @param redEnabled whether overdue raises a red card
     */
    public static DeadlineLook at(LocalDate today, LocalDate deadline, TimeLimit limit, CardRule yellowRule, boolean redEnabled,
                                  WorkingCalendar calendar) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(deadline, "deadline");
        if (today.isAfter(deadline)) {
            return redEnabled ? new DeadlineLook(CardColor.RED, null) : NOTHING;
        }
        LocalDate afterDeadline = deadline.plusDays(1);
        LocalDate redLook = redEnabled ? afterDeadline : null;
        if (yellowRule == null || !yellowRule.isEnabled()) {
            return new DeadlineLook(null, redLook);
        }
        LocalDate yellowDay = yellowRule.yellowDay(deadline, limit, calendar);
        if (today.isBefore(yellowDay)) {
            return new DeadlineLook(null, yellowDay);
        }
        return new DeadlineLook(CardColor.YELLOW, redLook);
    }

    public boolean isDue() {
        return due != null;
    }
}
