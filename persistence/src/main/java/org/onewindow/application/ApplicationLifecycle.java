package org.onewindow.application;

/** The one state machine of applications: every change of status goes through {@link #next}. */
public final class ApplicationLifecycle {

    private ApplicationLifecycle() {
    }

    public static ApplicationStatus next(ApplicationStatus current, ApplicationTransition transition) {
        if (!transition.allowedFrom(current)) {
            throw new TransitionNotAllowedException(current, transition);
        }
        return transition.target();
    }
}
