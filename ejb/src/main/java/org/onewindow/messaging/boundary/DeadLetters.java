package org.onewindow.messaging.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * The dead-letter queues for administrators: what failed, and a retry that moves a message back to
 * its queue in one transaction (taken off the DLQ only if it was sent again).
 */
@Stateless
@RolesAllowed(StaffRole.Names.ADMINISTRATOR)
public class DeadLetters {

    /** Each work queue and its dead-letter queue, by the names used in src-config/cli/messaging.cli. */
    private static final List<String> QUEUES = List.of("routing", "decisions", "notifications");

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/onewindow/routing")
    Queue routing;
    @Resource(lookup = "java:/jms/queue/onewindow/routing/DLQ")
    Queue routingDlq;
    @Resource(lookup = "java:/jms/queue/onewindow/decisions")
    Queue decisions;
    @Resource(lookup = "java:/jms/queue/onewindow/decisions/DLQ")
    Queue decisionsDlq;
    @Resource(lookup = "java:/jms/queue/onewindow/notifications")
    Queue notifications;
    @Resource(lookup = "java:/jms/queue/onewindow/notifications/DLQ")
    Queue notificationsDlq;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        for (String queue : QUEUES) {
            try (QueueBrowser browser = jms.createBrowser(deadLetterQueue(queue))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements() && letters.size() < 1000) {
                    letters.add(letter(queue, (Message) messages.nextElement()));
                }
            } catch (JMSException unreadable) {
                throw new IllegalStateException("Dead-letter queue of " + queue + " cannot be read", unreadable);
            }
        }
        return letters;
    }

    public DeadLetter retry(String queue, String messageId) {
        Queue dlq = deadLetterQueue(queue);
        if (messageId == null || !messageId.matches("ID:[0-9a-fA-F-]{1,64}")) {
            throw InvalidInputException.of("messageId", "dead-letter.message-id.invalid");
        }
        try (JMSConsumer consumer = jms.createConsumer(dlq, "JMSMessageID = '" + messageId + "'")) {
            Message message = consumer.receive(2_000);
            if (message == null) {
                throw new NotFoundException("dead-letter.not-found", messageId);
            }
            DeadLetter letter = letter(queue, message);
            jms.createProducer().setProperty("type", letter.type() == null ? "" : letter.type()).send(workQueue(queue), letter.body());
            audit.record(session.getCallerPrincipal().getName(), "DEAD_LETTER_RETRIED", "QUEUE", queue, "DLQ", queue, null,
                    messageId + " " + letter.type());
            return letter;
        }
    }

    private DeadLetter letter(String queue, Message message) {
        try {
            return new DeadLetter(queue, message.getJMSMessageID(), message.getStringProperty("type"),
                    Instant.ofEpochMilli(message.getJMSTimestamp()), message.getBody(String.class));
        } catch (JMSException unreadable) {
            throw new IllegalStateException("Unreadable dead letter", unreadable);
        }
    }

    private Queue deadLetterQueue(String queue) {
        return pick(queue, Map.of("routing", routingDlq, "decisions", decisionsDlq, "notifications", notificationsDlq));
    }

    private Queue workQueue(String queue) {
        return pick(queue, Map.of("routing", routing, "decisions", decisions, "notifications", notifications));
    }

    private static Queue pick(String queue, Map<String, Queue> queues) {
        Queue found = queue == null ? null : queues.get(queue);
        if (found == null) {
            throw InvalidInputException.of("queue", "dead-letter.queue.unknown", String.valueOf(queue));
        }
        return found;
    }
}
