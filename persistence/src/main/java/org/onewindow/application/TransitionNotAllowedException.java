package org.onewindow.application;

import org.onewindow.shared.DomainException;

/** The application's status does not allow what was asked, typically because someone else acted first. */
public class TransitionNotAllowedException extends DomainException {

    private final ApplicationStatus current;
    private final ApplicationTransition transition;

    public TransitionNotAllowedException(ApplicationStatus current, ApplicationTransition transition) {
        super("application.transition-not-allowed", current, transition);
        this.current = current;
        this.transition = transition;
    }

    public ApplicationStatus current() {
        return current;
    }

    public ApplicationTransition transition() {
        return transition;
    }
}
