package org.onewindow.supervision;

import java.math.BigDecimal;

/**
 * What a department's monthly score is made of. The two rates earn up to their weight in points (a rate of
 * 1 earns the whole weight); each counted event costs its weight in points. With the standard weights a
 * department that is always on time and always well rated, with nothing counted against it, scores 100.
 */
public enum PerformanceMeasure {
    /** Share of the department's work finished in the month that was on time. */
    ON_TIME_RATE(true, new BigDecimal("60")),
    /** Red time cards raised on the department in the month (stage or case overdue). */
    OVERDUE(false, new BigDecimal("2")),
    /** Urging notices the department received in the month. */
    URGINGS(false, new BigDecimal("1")),
    /** Share of good ratings (非常满意, 满意, 基本满意) the department received in the month. */
    RATINGS(true, new BigDecimal("40")),
    /** Complaints about the department decided as upheld in the month. */
    COMPLAINTS_UPHELD(false, new BigDecimal("5")),
    /** Corrections and supplements the department asked applicants for in the month. */
    CORRECTIONS(false, new BigDecimal("0.5"));

    private final boolean rate;
    private final BigDecimal standardWeight;

    PerformanceMeasure(boolean rate, BigDecimal standardWeight) {
        this.rate = rate;
        this.standardWeight = standardWeight;
    }

    public boolean isRate() {
        return rate;
    }

    public BigDecimal standardWeight() {
        return standardWeight;
    }
}
