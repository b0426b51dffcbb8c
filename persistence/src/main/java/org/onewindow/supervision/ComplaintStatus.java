package org.onewindow.supervision;

/**
 * A complaint's small workflow (投诉处理): filed → accepted for investigation → decided (upheld or not) →
 * replied to the complainant. Each step has its own working-day deadline ({@link #workingDays()}).
 */
public enum ComplaintStatus {
    /** Filed online or at the hall: a supervisor accepts it within 2 working days. */
    FILED(2),
    /** Being investigated: decided within 10 working days of acceptance. */
    INVESTIGATING(10),
    /** Decided: the complainant is replied to within 3 working days. */
    DECIDED(3),
    /** Replied: closed. */
    REPLIED(0);

    private final int workingDays;

    ComplaintStatus(int workingDays) {
        this.workingDays = workingDays;
    }

    /** How many working days the step may take. */
    public int workingDays() {
        return workingDays;
    }

    public boolean isOpen() {
        return this != REPLIED;
    }
}
