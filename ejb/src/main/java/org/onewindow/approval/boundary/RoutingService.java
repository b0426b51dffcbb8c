package org.onewindow.approval.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.approval.control.AnswerCollection;
import org.onewindow.approval.control.PartStaff;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Inbox;
import org.onewindow.supervision.control.CardWatch;

import java.time.Clock;
import java.time.Instant;

/**
 * What the message listeners hand over: a sub-application arriving in its department, and a
 * department's decision arriving at the lead department, which collects them. Each at most once.
 */
@Stateless
@PermitAll
public class RoutingService {

    private static final String SYSTEM = "system:routing";

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PartStaff partStaff;

    @Inject
    AnswerCollection collection;

    @Inject
    CardWatch cardWatch;

    public void receive(Envelope routed) {
        if (!inbox.firstDelivery(routed)) {
            return;
        }
        SubApplication sub = em.find(SubApplication.class, routed.subApplicationId());
        if (sub == null) {
            throw new IllegalStateException("No sub-application " + routed.subApplicationId() + " for " + routed.idempotencyKey());
        }
        if (sub.receive(clock.instant())) {
            audit.recordFor(sub.department().code(), SYSTEM, "SUB_APPLICATION_RECEIVED", "APPLICATION", routed.applicationNumber(),
                    SubApplicationStatus.ROUTED, SubApplicationStatus.RECEIVED, null, sub.department().code() + " stage " + sub.stageName());
            partStaff.stageEntered(sub);
            cardWatch.task(sub);
        }
    }

    /**
     * The lead department collects one decision. The application row is locked first, so two
     * departments deciding at the same instant are counted one after the other and the last one
     * always sees all answers in.
     */
    public void collect(Envelope decided) {
        if (!inbox.firstDelivery(decided)) {
            return;
        }
        SubApplication sub = em.find(SubApplication.class, decided.subApplicationId());
        if (sub == null) {
            throw new IllegalStateException("No sub-application " + decided.subApplicationId());
        }
        Application application = sub.application();
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(sub);
        Instant now = clock.instant();
        if (!sub.collect(now)) {
            return;
        }
        collection.afterAnswer(application, sub, now, SYSTEM, "last answer from " + sub.department().code());
    }
}
