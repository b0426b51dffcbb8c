package org.onewindow.approval.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.EJB;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.onewindow.approval.boundary.RoutingService;
import org.onewindow.messaging.control.Envelope;

/** Hands a department's decision to the lead department's collection. Failures propagate: redelivery, then the DLQ. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/onewindow/decisions"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@PermitAll
public class DecisionListener implements MessageListener {

    @EJB
    RoutingService routing;

    @Override
    public void onMessage(Message message) {
        routing.collect(Envelope.fromJson(Bodies.text(message)));
    }
}
