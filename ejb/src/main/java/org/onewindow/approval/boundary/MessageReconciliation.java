package org.onewindow.approval.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.messaging.MessageResend;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The database is the record of what was routed and decided; the broker only carries it. A part still
 * waiting for its department, or an answer the lead department has not collected, a while after the
 * message was sent means the message was lost on the way: the server died between the database's
 * commit and the broker's, and the broker's half could not be recovered. Such messages are sent again
 * with their idempotency key, so a message that was only late is still handled once. Each is sent again
 * at most {@link MessageResend#MAX_ATTEMPTS} times, waiting longer each time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class MessageReconciliation {

    static final String INTERVAL_PROPERTY = "onewindow.message-reconciliation.seconds";
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(MessageReconciliation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private Duration wait;

    @PostConstruct
    void schedule() {
        wait = Duration.ofSeconds(Long.getLong(INTERVAL_PROPERTY, 60));
        timers.createIntervalTimer(wait.toMillis(), wait.toMillis(), new TimerConfig("message reconciliation", false));
    }

    @Timeout
    void resendLostMessages() {
        Instant now = clock.instant();
        Instant sentBefore = now.minus(wait);
        for (SubApplication part : notReceived(sentBefore)) {
            resendIfDue(Envelope.routed(part.id(), part.applicationNumber(), part.department().code(), part.rounds()),
                    part.routedAt(), now);
        }
        for (SubApplication part : notCollected(sentBefore)) {
            resendIfDue(Envelope.decided(part.id(), part.applicationNumber(), part.department().code()),
                    part.decidedAt().orElseThrow(), now);
        }
    }

    private List<SubApplication> notReceived(Instant sentBefore) {
        return em.createQuery("""
                        SELECT s FROM SubApplication s
                        WHERE s.status = :routed AND s.routedAt <= :sentBefore AND s.application.status IN :running
                        ORDER BY s.routedAt""", SubApplication.class)
                .setParameter("routed", SubApplicationStatus.ROUTED).setParameter("sentBefore", sentBefore)
                .setParameter("running", EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.SUPPLEMENT_REQUESTED))
                .setMaxResults(BATCH).getResultList();
    }

    private List<SubApplication> notCollected(Instant decidedBefore) {
        return em.createQuery("""
                        SELECT s FROM SubApplication s
                        WHERE s.status IN :answered AND s.part = :cooperating AND s.collectedAt IS NULL
                          AND s.decidedAt <= :decidedBefore AND s.application.status IN :running
                        ORDER BY s.decidedAt""", SubApplication.class)
                .setParameter("answered", EnumSet.of(SubApplicationStatus.APPROVED, SubApplicationStatus.REFUSED))
                .setParameter("cooperating", PartKind.COOPERATING).setParameter("decidedBefore", decidedBefore)
                .setParameter("running", EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.SUPPLEMENT_REQUESTED))
                .setMaxResults(BATCH).getResultList();
    }

    private void resendIfDue(Envelope envelope, Instant originallySent, Instant now) {
        MessageResend found = em.find(MessageResend.class, envelope.idempotencyKey());
        MessageResend resend = found != null ? found : new MessageResend(envelope.idempotencyKey());
        if (!resend.isDue(originallySent, wait, now)) {
            return;
        }
        resend.sent(now);
        if (found == null) {
            em.persist(resend);
        }
        outbox.resend(envelope, resend.attempts());
        int attempt = resend.attempts();
        if (resend.isExhausted()) {
            LOG.severe(() -> envelope.idempotencyKey() + " of " + envelope.applicationNumber() + " sent again for the last time (attempt "
                    + attempt + "); if it still has no effect, see the dead-letter queues");
        } else {
            LOG.warning(() -> envelope.idempotencyKey() + " of " + envelope.applicationNumber() + " had no effect "
                    + Duration.between(originallySent, now).toSeconds() + " s after it was sent: sent again (attempt " + attempt + ")");
        }
    }
}
