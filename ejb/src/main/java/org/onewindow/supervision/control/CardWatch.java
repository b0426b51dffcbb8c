package org.onewindow.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.catalogue.ItemKind;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardDraft;
import org.onewindow.supervision.CardStatus;
import org.onewindow.supervision.DeadlineLook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * Supervision's look at a stage task or a case, called by the approval beans after every change of state,
 * in the change's transaction: it sets the next day the scan must look again (the watch date, written in the
 * same row update as the change), measures finished work, closes the time cards of a stage visit or case
 * that ended, and has a card that fell due raised after the change commits. No query unless a visit ended.
 */
@Dependent
public class CardWatch {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String SYSTEM = "system:supervision";
    static final String SCAN = "system:supervision-scan";
    private static final EnumSet<SubApplicationStatus> CLOCK_RUNNING = EnumSet.of(SubApplicationStatus.ROUTED, SubApplicationStatus.RECEIVED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarCache calendar;

    @Inject
    CardRuleBook rules;

    @Inject
    Clock clock;

    @Inject
    Event<CardDue> due;

    /** After a stage task changed (created, received, moved, stopped, resumed, answered, withdrawn, cancelled). */
    public void task(SubApplication sub) {
        LocalDate today = today();
        WorkingCalendar days = calendar.get();
        boolean existing = sub.version() > 0 || sub.watchDate().isPresent();
        if (isRunning(sub)) {
            if (existing) {
                closeEndedVisits(sub);
            }
            DeadlineLook look = lookAt(sub, today, days);
            sub.watchFrom(look.nextLook());
            if (look.isDue()) {
                due.fire(new CardDue(TaskCards.draft(sub, look.due(), SYSTEM)));
            }
            return;
        }
        sub.watchFrom(null);
        if (!sub.status().isOpen()) {
            if (existing) {
                closeAll(sub, "stage work ended: " + sub.status());
            }
            if (sub.status().isDecided() && sub.workingDaysUsed().isEmpty()) {
                LocalDate decided = sub.decidedAt().orElseThrow().atZone(CHINA).toLocalDate();
                int used = Math.max(0, days.workingDaysBetween(days.countingBase(sub.routedAt()), decided) - sub.stoppedWorkingDays());
                sub.measured(used, !decided.isAfter(sub.deadline()));
            }
        }
    }

    /** After a case changed: accepted, its clock stopped or restarted, its promised date moved, decided. */
    public void caseOf(Application application) {
        LocalDate today = today();
        if (isRunning(application)) {
            DeadlineLook look = lookAt(application, today, calendar.get());
            application.watchFrom(look.nextLook());
            if (look.isDue()) {
                due.fire(new CardDue(CaseCards.draft(application, look.due(), SYSTEM)));
            }
            return;
        }
        application.watchFrom(null);
        if (application.status().isFinished()) {
            if (application.acceptedAt().isPresent() && application.decidedAt().isPresent() && application.workingDaysUsed().isEmpty()) {
                WorkingCalendar days = calendar.get();
                LocalDate decided = application.decidedAt().get().atZone(CHINA).toLocalDate();
                int used = Math.max(0, days.workingDaysBetween(application.countingBase().orElseThrow(), decided)
                        - application.stoppedWorkingDays());
                application.measured(used, !decided.isAfter(application.promisedDate().orElseThrow()));
            }
            // an instant item, decided at acceptance, never had a clock to watch
            if (application.item().kind() != ItemKind.INSTANT && application.acceptedAt().isPresent()) {
                closeCaseCards(application.applicationNumber(), "case finished: " + application.status());
            }
        }
    }

    /** A cause seen at a change of state (a breach of procedure): raised after the change commits. */
    public void breach(CardDraft draft) {
        if (rules.enabled(draft.cause())) {
            due.fire(new CardDue(draft));
        }
    }

    /** A stage task whose clock runs: routed or received, not suspended nor waiting for a supplement. */
    boolean isRunning(SubApplication sub) {
        return CLOCK_RUNNING.contains(sub.status());
    }

    /** A case whose promised date binds: accepted, undecided, no department's clock stopped. */
    boolean isRunning(Application application) {
        return application.status().isRunning() && !application.isClockStopped() && application.promisedDate().isPresent();
    }

    DeadlineLook lookAt(SubApplication sub, LocalDate today, WorkingCalendar days) {
        return DeadlineLook.at(today, sub.stageDeadline(), sub.stage().timeLimit(), rules.rule(CardCause.STAGE_NEAR_DEADLINE),
                rules.enabled(CardCause.STAGE_OVERDUE), days);
    }

    DeadlineLook lookAt(Application application, LocalDate today, WorkingCalendar days) {
        return DeadlineLook.at(today, application.promisedDate().orElseThrow(), application.item().promisedLimit(),
                rules.rule(CardCause.CASE_NEAR_DEADLINE), rules.enabled(CardCause.CASE_OVERDUE), days);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The stage visit the cards were raised on is over (the task moved on or back): they stay on record, closed. */
    private void closeEndedVisits(SubApplication sub) {
        em.createQuery("""
                        UPDATE SupervisionCard c SET c.status = :closed, c.closedAt = :now, c.closedReason = :why
                        WHERE c.subApplicationId = :id AND c.status = :active AND c.subjectRef <> :visit""")
                .setParameter("closed", CardStatus.CLOSED).setParameter("active", CardStatus.ACTIVE)
                .setParameter("now", now()).setParameter("why", "stage left: now at " + sub.stageName())
                .setParameter("id", sub.id()).setParameter("visit", TaskCards.visit(sub)).executeUpdate();
    }

    private void closeAll(SubApplication sub, String why) {
        em.createQuery("""
                        UPDATE SupervisionCard c SET c.status = :closed, c.closedAt = :now, c.closedReason = :why
                        WHERE c.subApplicationId = :id AND c.status = :active""")
                .setParameter("closed", CardStatus.CLOSED).setParameter("active", CardStatus.ACTIVE)
                .setParameter("now", now()).setParameter("why", why).setParameter("id", sub.id()).executeUpdate();
    }

    private void closeCaseCards(String number, String why) {
        em.createQuery("""
                        UPDATE SupervisionCard c SET c.status = :closed, c.closedAt = :now, c.closedReason = :why
                        WHERE c.applicationNumber = :number AND c.status = :active AND c.cause IN :timeCards""")
                .setParameter("closed", CardStatus.CLOSED).setParameter("active", CardStatus.ACTIVE)
                .setParameter("now", now()).setParameter("why", why).setParameter("number", number)
                .setParameter("timeCards", EnumSet.of(CardCause.CASE_NEAR_DEADLINE, CardCause.CASE_OVERDUE,
                        CardCause.STAGE_NEAR_DEADLINE, CardCause.STAGE_OVERDUE))
                .executeUpdate();
    }

    private Instant now() {
        return clock.instant();
    }

    static CardCause stageCause(CardColor color) {
        return color == CardColor.RED ? CardCause.STAGE_OVERDUE : CardCause.STAGE_NEAR_DEADLINE;
    }
}
