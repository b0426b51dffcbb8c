package org.onewindow.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.application.ApplicationStatus.ACCEPTED;
import static org.onewindow.application.ApplicationStatus.APPROVED;
import static org.onewindow.application.ApplicationStatus.CORRECTION_REQUESTED;
import static org.onewindow.application.ApplicationStatus.REFUSED;
import static org.onewindow.application.ApplicationStatus.REJECTED;
import static org.onewindow.application.ApplicationStatus.SUBMITTED;
import static org.onewindow.application.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static org.onewindow.application.ApplicationStatus.WITHDRAWN;

/** The one state machine, checked against the table a window clerk would draw. */
class ApplicationLifecycleTest {

    private static final Map<ApplicationTransition, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationTransition.ACCEPT, EnumSet.of(SUBMITTED),
            ApplicationTransition.REJECT, EnumSet.of(SUBMITTED),
            ApplicationTransition.REQUEST_CORRECTION, EnumSet.of(SUBMITTED),
            ApplicationTransition.RESUBMIT, EnumSet.of(CORRECTION_REQUESTED),
            ApplicationTransition.APPROVE, EnumSet.of(ACCEPTED),
            ApplicationTransition.REQUEST_SUPPLEMENT, EnumSet.of(ACCEPTED),
            ApplicationTransition.SUPPLY, EnumSet.of(SUPPLEMENT_REQUESTED),
            ApplicationTransition.REFUSE, EnumSet.of(ACCEPTED, SUPPLEMENT_REQUESTED),
            ApplicationTransition.WITHDRAW, EnumSet.of(SUBMITTED, CORRECTION_REQUESTED));

    @ParameterizedTest
    @EnumSource(ApplicationTransition.class)
    void each_transition_is_allowed_exactly_from_its_states_and_refused_from_all_others(ApplicationTransition transition) {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (ALLOWED.get(transition).contains(status)) {
                assertThat(ApplicationLifecycle.next(status, transition)).isEqualTo(transition.target());
            } else {
                assertThatThrownBy(() -> ApplicationLifecycle.next(status, transition))
                        .isInstanceOf(TransitionNotAllowedException.class)
                        .satisfies(e -> assertThat(((TransitionNotAllowedException) e).messageKey())
                                .isEqualTo("application.transition-not-allowed"));
            }
        }
    }

    @Test
    void the_targets_are_the_ones_the_office_expects() {
        assertThat(ApplicationLifecycle.next(SUBMITTED, ApplicationTransition.ACCEPT)).isEqualTo(ACCEPTED);
        assertThat(ApplicationLifecycle.next(SUBMITTED, ApplicationTransition.REJECT)).isEqualTo(REJECTED);
        assertThat(ApplicationLifecycle.next(SUBMITTED, ApplicationTransition.REQUEST_CORRECTION)).isEqualTo(CORRECTION_REQUESTED);
        assertThat(ApplicationLifecycle.next(CORRECTION_REQUESTED, ApplicationTransition.RESUBMIT)).isEqualTo(SUBMITTED);
        assertThat(ApplicationLifecycle.next(ACCEPTED, ApplicationTransition.APPROVE)).isEqualTo(APPROVED);
        assertThat(ApplicationLifecycle.next(ACCEPTED, ApplicationTransition.REFUSE)).isEqualTo(REFUSED);
        assertThat(ApplicationLifecycle.next(CORRECTION_REQUESTED, ApplicationTransition.WITHDRAW)).isEqualTo(WITHDRAWN);
        assertThat(ApplicationLifecycle.next(ACCEPTED, ApplicationTransition.REQUEST_SUPPLEMENT)).isEqualTo(SUPPLEMENT_REQUESTED);
        assertThat(ApplicationLifecycle.next(SUPPLEMENT_REQUESTED, ApplicationTransition.SUPPLY)).isEqualTo(ACCEPTED);
    }

    @Test
    void finished_cases_accept_nothing_more() {
        for (ApplicationStatus finished : EnumSet.of(REJECTED, APPROVED, REFUSED, WITHDRAWN)) {
            assertThat(finished.isFinished()).isTrue();
            for (ApplicationTransition transition : ApplicationTransition.values()) {
                assertThat(transition.allowedFrom(finished)).as(transition + " from " + finished).isFalse();
            }
        }
    }
}
