package org.onewindow.supervision.control;

import org.onewindow.application.Application;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardDraft;

/** The time cards of a case against its promised date: one yellow and one red at most. */
final class CaseCards {

    private CaseCards() {
    }

    static CardDraft draft(Application application, CardColor color, String raisedBy) {
        CardCause cause = color == CardColor.RED ? CardCause.CASE_OVERDUE : CardCause.CASE_NEAR_DEADLINE;
        return new CardDraft(cause, cause.name() + ":" + application.id(), application.applicationNumber(), null, "case",
                application.item().leadDepartment().code(), application.item().code(), null,
                application.acceptedBy().orElse(null), null, application.promisedDate().orElse(null), raisedBy,
                application.item().name() + " promised " + application.promisedDate().orElse(null));
    }
}
