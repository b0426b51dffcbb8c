package org.onewindow.approval;

/** Where a department's part of a case stands. */
public enum SubApplicationStatus {
    /** Created at acceptance and sent to the department. */
    ROUTED,
    /** In the department, at one of its stages. */
    RECEIVED,
    /** Stopped for a special procedure (hearing, inspection, expert review): the clock does not run. */
    SUSPENDED,
    /** Waiting for the applicant's supplementary materials, asked for through the lead window: the clock does not run. */
    AWAITING_SUPPLEMENT,
    APPROVED,
    REFUSED,
    /** Taken off the case by the lead department or an administrator, with a reason; no longer awaited. */
    WITHDRAWN,
    /** The case was refused elsewhere before this department answered. */
    CANCELLED;

    public boolean isDecided() {
        return this == APPROVED || this == REFUSED;
    }

    /** Still to be worked on: the department owes an answer. */
    public boolean isOpen() {
        return this == ROUTED || this == RECEIVED || this == SUSPENDED || this == AWAITING_SUPPLEMENT;
    }

    public boolean isClockStopped() {
        return this == SUSPENDED || this == AWAITING_SUPPLEMENT;
    }
}
