package org.onewindow.supervision.control;

import org.onewindow.approval.SubApplication;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardDraft;

/** The time cards of a stage task: one yellow and one red at most per visit of a stage (its start names it). */
final class TaskCards {

    private TaskCards() {
    }

    /** A stage visit: which stage, entered when. A return to the stage later is a new visit. */
    static String visit(SubApplication sub) {
        return "stage:" + sub.stageIndex() + "@" + sub.stageStartedAt().toEpochMilli();
    }

    static CardDraft draft(SubApplication sub, CardColor color, String raisedBy) {
        CardCause cause = color == CardColor.RED ? CardCause.STAGE_OVERDUE : CardCause.STAGE_NEAR_DEADLINE;
        String visit = visit(sub);
        return new CardDraft(cause, cause.name() + ":" + sub.id() + ":" + visit, sub.applicationNumber(), sub.id(), visit,
                sub.department().code(), sub.item().code(), sub.stageName(), sub.assignee().orElse(null),
                sub.assignee().isPresent() ? null : sub.stageRole(), sub.stageDeadline(), raisedBy,
                sub.department().name() + " " + sub.stageName() + " due " + sub.stageDeadline());
    }
}
