package org.onewindow.notification.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.util.Collection;
import java.util.Map;

/**
 * Asks for a notification in the caller's transaction: the request leaves only when the change it
 * tells about commits, and is delivered afterwards by the notifications listener, with retries, so
 * a mail server or SMS gateway that is down never blocks or breaks an approval.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/onewindow/notifications")
    Queue notifications;

    public void tellApplicant(String applicationNumber, NotificationKind kind, Map<String, String> facts) {
        send(NotificationRequest.toApplicant(applicationNumber, kind, facts));
    }

    public void tellStaff(Collection<String> usernames, NotificationKind kind, String applicationNumber, Map<String, String> facts) {
        for (String username : usernames) {
            send(NotificationRequest.toStaff(username, kind, applicationNumber, facts));
        }
    }

    private void send(NotificationRequest request) {
        jms.createProducer()
                .setProperty("type", request.type())
                .setProperty("_AMQ_DUPL_ID", request.idempotencyKey())
                .send(notifications, request.toJson());
    }
}
