package org.onewindow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.catalogue.RefusalRule;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The lead department's side of 集中回复: after each answer (or a department taken off the case) it
 * applies the item's refusal rule, and when no answer is outstanding it starts the lead department's
 * own final stages. Callers hold the application's row lock, so the last answer always sees all the others.
 */
@Dependent
public class AnswerCollection {

    private static final EnumSet<SubApplicationStatus> NOT_AWAITED = EnumSet.of(SubApplicationStatus.WITHDRAWN, SubApplicationStatus.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    PartStaff partStaff;

    @Inject
    CalendarCache calendar;

    @Inject
    CardWatch cardWatch;

    public void afterAnswer(Application application, SubApplication answered, Instant now, String actor, String cause) {
        if (!application.status().isRunning()) {
            return;
        }
        if (answered != null && answered.status() == SubApplicationStatus.REFUSED
                && application.item().refusalRule() == RefusalRule.REFUSE_APPLICATION) {
            refuseOnDepartmentsAnswer(application, answered, now, actor);
            return;
        }
        if (application.collectedAt().isPresent() || outstanding(application) > 0) {
            return;
        }
        application.markCollected(now);
        SubApplication lead = SubApplication.lead(application, now, calendar.get());
        em.persist(lead);
        partStaff.stageEntered(lead);
        cardWatch.task(lead);
        audit.record(actor, "ALL_DEPARTMENTS_ANSWERED", "APPLICATION", application.applicationNumber(), null, null, null,
                cause + "; " + lead.department().code() + " stage " + lead.stageName());
    }

    /** Cooperating parts still owed: neither collected nor taken off the case. */
    public long outstanding(Application application) {
        return em.createQuery("""
                        SELECT COUNT(s) FROM SubApplication s
                        WHERE s.application = :application AND s.part = :part AND s.collectedAt IS NULL AND s.status NOT IN :notAwaited""",
                        Long.class)
                .setParameter("application", application).setParameter("part", PartKind.COOPERATING)
                .setParameter("notAwaited", NOT_AWAITED).getSingleResult();
    }

    private void refuseOnDepartmentsAnswer(Application application, SubApplication refused, Instant now, String actor) {
        ApplicationStatus before = application.status();
        application.refuseOnDepartmentsAnswer(refused.department().name() + "：" + refused.opinion().orElse(""), now);
        List<SubApplication> open = em.createQuery("SELECT s FROM SubApplication s WHERE s.application = :application",
                SubApplication.class).setParameter("application", application).getResultList();
        long cancelled = open.stream().filter(SubApplication::cancel).count();
        open.forEach(cardWatch::task);
        cardWatch.caseOf(application);
        audit.record(actor, "REFUSE", "APPLICATION", application.applicationNumber(), before, application.status(),
                application.refusalReason().orElse(null),
                "refused by " + refused.department().code() + " (item rule: the case is refused); " + cancelled + " parts cancelled");
        notifier.tellApplicant(application.applicationNumber(), NotificationKind.REFUSED, Map.of("item", application.item().name(),
                "reason", application.refusalReason().orElseThrow()));
    }
}
