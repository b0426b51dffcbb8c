package org.onewindow.application;

import java.util.EnumSet;
import java.util.Set;

import static org.onewindow.application.ApplicationStatus.ACCEPTED;
import static org.onewindow.application.ApplicationStatus.APPROVED;
import static org.onewindow.application.ApplicationStatus.CORRECTION_REQUESTED;
import static org.onewindow.application.ApplicationStatus.REFUSED;
import static org.onewindow.application.ApplicationStatus.REJECTED;
import static org.onewindow.application.ApplicationStatus.SUBMITTED;
import static org.onewindow.application.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static org.onewindow.application.ApplicationStatus.WITHDRAWN;

/** What can happen to an application, from which states, and where it leads. */
public enum ApplicationTransition {
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED),
    REJECT(EnumSet.of(SUBMITTED), REJECTED),
    REQUEST_CORRECTION(EnumSet.of(SUBMITTED), CORRECTION_REQUESTED),
    RESUBMIT(EnumSet.of(CORRECTION_REQUESTED), SUBMITTED),
    APPROVE(EnumSet.of(ACCEPTED), APPROVED),
    REQUEST_SUPPLEMENT(EnumSet.of(ACCEPTED), SUPPLEMENT_REQUESTED),
    SUPPLY(EnumSet.of(SUPPLEMENT_REQUESTED), ACCEPTED),
    REFUSE(EnumSet.of(ACCEPTED, SUPPLEMENT_REQUESTED), REFUSED),
    WITHDRAW(EnumSet.of(SUBMITTED, CORRECTION_REQUESTED), WITHDRAWN);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;

    ApplicationTransition(Set<ApplicationStatus> from, ApplicationStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    public ApplicationStatus target() {
        return to;
    }
}
