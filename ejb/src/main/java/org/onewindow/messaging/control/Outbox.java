package org.onewindow.messaging.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends messages through the XA connection factory in the caller's transaction: they leave only if the
 * database change commits, and they are not lost once it has.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/onewindow/routing")
    Queue routing;

    @Resource(lookup = "java:/jms/queue/onewindow/decisions")
    Queue decisions;

    public void route(Envelope envelope) {
        send(routing, envelope);
    }

    public void reportDecision(Envelope envelope) {
        send(decisions, envelope);
    }

    /**
     * The same message again, with the same idempotency key, so its listener handles it at most once; the
     * broker's duplicate detection must not drop it, so it carries a duplicate id of its own.
     */
    public void resend(Envelope envelope, int attempt) {
        Queue queue = Envelope.ROUTED.equals(envelope.type()) ? routing : decisions;
        send(queue, envelope, envelope.idempotencyKey() + ":resent:" + attempt);
    }

    private void send(Queue queue, Envelope envelope) {
        send(queue, envelope, envelope.idempotencyKey());
    }

    private void send(Queue queue, Envelope envelope, String duplicateId) {
        jms.createProducer()
                .setProperty("type", envelope.type())
                .setProperty("_AMQ_DUPL_ID", duplicateId)
                .send(queue, envelope.toJson());
    }
}
