package org.onewindow.statistics.control;

import java.math.BigDecimal;

/** Counts of one department, item and kind of work over a stretch of time; they add up. */
public record Tally(long accepted, long completed, long onTime, long workingDays, long registrations, BigDecimal fees) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, BigDecimal.ZERO);

    public Tally plus(Tally other) {
        return new Tally(accepted + other.accepted, completed + other.completed, onTime + other.onTime,
                workingDays + other.workingDays, registrations + other.registrations, fees.add(other.fees));
    }

    /** Accepted and not (yet) completed: what a stretch of time carries over into the next. */
    public long open() {
        return accepted - completed;
    }
}
