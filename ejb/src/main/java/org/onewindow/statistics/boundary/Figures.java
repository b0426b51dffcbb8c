package org.onewindow.statistics.boundary;

import org.onewindow.statistics.control.Tally;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The leaders' figures of a period (统计): accepted in it, completed in it, in progress at its end (and at its start,
 * carried in), the completion rate (completed ÷ (carried in + accepted)), the on-time rate (on time ÷ completed),
 * the average working days a completed case took (stops of the clock not counted), fees collected, and new
 * enterprises registered (approved registrations). The numbers behind each rate come with it.
 */
public record Figures(long accepted, long completed, long inProgress, long carriedIn, long onTime, long workingDays,
                      BigDecimal completionRate, BigDecimal onTimeRate, BigDecimal averageWorkingDays, BigDecimal fees,
                      long newEnterprises) {

    public static Figures of(Tally period, Tally openAtStart, Tally openAtEnd) {
        long carried = openAtStart.open();
        return new Figures(period.accepted(), period.completed(), openAtEnd.open(), carried, period.onTime(), period.workingDays(),
                ratio(period.completed(), carried + period.accepted()), ratio(period.onTime(), period.completed()),
                period.completed() == 0 ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(period.workingDays()).divide(BigDecimal.valueOf(period.completed()), 2, RoundingMode.HALF_UP),
                period.fees().setScale(2, RoundingMode.HALF_UP), period.registrations());
    }

    /** A share as a fraction with four decimals; 0 when there is nothing to share. */
    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
