package org.onewindow.notification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.notification.DeliveryChannel;
import org.onewindow.notification.NotificationDelivery;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps one row per notification and channel. Each outcome is written in its own transaction: a
 * delivery rolled back for a retry still leaves "sent by e-mail" behind, so the retry does not mail
 * again, and leaves "SMS failed, attempt 3" for the supervisor.
 */
@Stateless
@PermitAll
public class DeliveryLog {

    /** What one attempt is about: which notification, on which channel, to which address, saying what. */
    public record Attempt(NotificationRequest request, DeliveryChannel channel, String address, String gateway, String text) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Sent or refused before: nothing more to do on this channel. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isSettled(NotificationRequest request, DeliveryChannel channel) {
        return find(request.idempotencyKey(), channel).map(NotificationDelivery::isSettled).orElse(false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(Attempt attempt) {
        record(attempt, row -> row.sent(clock.instant()));
    }

    /** @return how many attempts this delivery has had, this one included */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failed(Attempt attempt, DeliveryFailedException failure) {
        return record(attempt, row -> {
            if (failure.refused()) {
                row.refused(clock.instant(), failure.summary());
            } else {
                row.failed(clock.instant(), failure.summary());
            }
        }).attempts();
    }

    /** The delivery's row with this attempt's outcome; a first attempt's row is stored once it has one. */
    private NotificationDelivery record(Attempt attempt, Consumer<NotificationDelivery> outcome) {
        NotificationRequest request = attempt.request();
        Optional<NotificationDelivery> existing = find(request.idempotencyKey(), attempt.channel());
        NotificationDelivery row = existing.orElseGet(() -> new NotificationDelivery(request.idempotencyKey(), attempt.channel(),
                request.audience().name(), request.recipient(), request.applicationNumber(), request.kind().name(),
                attempt.address(), attempt.gateway(), attempt.text()));
        outcome.accept(row);
        if (existing.isEmpty()) {
            em.persist(row);
        }
        // Written here, inside this call, not at commit: a clash on (key, channel) surfaces here, and the
        // connection is given back before the call returns.
        em.flush();
        return row;
    }

    private Optional<NotificationDelivery> find(String idempotencyKey, DeliveryChannel channel) {
        return em.createQuery("SELECT d FROM NotificationDelivery d WHERE d.idempotencyKey = :key AND d.channel = :channel",
                        NotificationDelivery.class)
                .setParameter("key", idempotencyKey).setParameter("channel", channel)
                .getResultStream().findFirst();
    }
}
