package org.onewindow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.application.SubmittedMaterial;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.supervision.control.CardWatch;

import java.time.Instant;
import java.util.List;

/**
 * The applicant's supplementary materials reach the departments that asked for them: each waiting
 * part runs again with its deadlines moved by the working days it waited, and its handlers are told.
 */
@Dependent
public class Supplements {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarCache calendar;

    @Inject
    AuditTrail audit;

    @Inject
    PartStaff partStaff;

    @Inject
    CardWatch cardWatch;

    public void supplied(Application application, String formData, List<SubmittedMaterial> materials, Instant now) {
        WorkingCalendar days = calendar.get();
        application.supply(formData, materials, now);
        List<SubApplication> waiting = em.createQuery(
                        "SELECT s FROM SubApplication s WHERE s.application = :application AND s.status = :waiting", SubApplication.class)
                .setParameter("application", application).setParameter("waiting", SubApplicationStatus.AWAITING_SUPPLEMENT)
                .getResultList();
        for (SubApplication sub : waiting) {
            int lost = sub.supplementArrived(now, days);
            application.restartClock(now, days);
            audit.recordFor(sub.department().code(), "system:supplement", "SUPPLEMENT_RECEIVED", "APPLICATION",
                    application.applicationNumber(), SubApplicationStatus.AWAITING_SUPPLEMENT, SubApplicationStatus.RECEIVED, null,
                    lost + " working days not counted; deadline " + sub.deadline());
            partStaff.stageEntered(sub);
            cardWatch.task(sub);
        }
        cardWatch.caseOf(application);
    }
}
