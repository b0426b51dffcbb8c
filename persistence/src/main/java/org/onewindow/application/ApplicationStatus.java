package org.onewindow.application;

/** Where an application stands. Only {@link ApplicationLifecycle} moves it from one to another. */
public enum ApplicationStatus {
    SUBMITTED,
    CORRECTION_REQUESTED,
    REJECTED,
    ACCEPTED,
    /** Accepted, and a department asked through the lead window for supplementary materials: the clock stops. */
    SUPPLEMENT_REQUESTED,
    APPROVED,
    REFUSED,
    WITHDRAWN;

    public boolean isFinished() {
        return this == REJECTED || this == APPROVED || this == REFUSED || this == WITHDRAWN;
    }

    /** Running means the promised date binds the office: accepted and not yet decided. */
    public boolean isRunning() {
        return this == ACCEPTED || this == SUPPLEMENT_REQUESTED;
    }
}
