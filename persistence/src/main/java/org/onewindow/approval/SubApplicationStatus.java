package org.onewindow.approval;

/** Where a department's part of a parallel case stands. */
public enum SubApplicationStatus {
    /** Created at acceptance and sent to the department. */
    ROUTED,
    /** The department's queue has it. */
    RECEIVED,
    APPROVED,
    REFUSED;

    public boolean isDecided() {
        return this == APPROVED || this == REFUSED;
    }
}
