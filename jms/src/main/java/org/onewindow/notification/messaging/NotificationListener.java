package org.onewindow.notification.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.onewindow.approval.messaging.Bodies;
import org.onewindow.notification.boundary.Deliveries;
import org.onewindow.notification.control.NotificationRequest;

/**
 * Hands a notification request to the delivery. Failures propagate: redelivery, then the DLQ. (A mail
 * server or gateway that is down rolls the delivery back without an exception, see {@link Deliveries}.)
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/onewindow/notifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@PermitAll
public class NotificationListener implements MessageListener {

    @EJB
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        deliveries.deliver(NotificationRequest.fromJson(Bodies.text(message)));
    }
}
