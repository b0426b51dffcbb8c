package org.onewindow.messaging.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.messaging.ProcessedMessage;

import java.time.Clock;

/**
 * Remembers handled messages in the handler's transaction. A duplicate is skipped; two copies handled
 * at once collide on the key, one rolls back and, redelivered, is skipped.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public boolean firstDelivery(Envelope envelope) {
        if (em.find(ProcessedMessage.class, envelope.idempotencyKey()) != null) {
            return false;
        }
        em.persist(new ProcessedMessage(envelope.idempotencyKey(), envelope.type(), clock.instant()));
        em.flush();
        return true;
    }
}
