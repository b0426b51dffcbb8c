package org.onewindow.approval.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

/** Message bodies are JSON text; anything else is a broken message and is left to the dead-letter queue. */
public final class Bodies {

    private Bodies() {
    }

    public static String text(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException unreadable) {
            throw new JMSRuntimeException("Unreadable message body: " + unreadable.getMessage(), unreadable.getErrorCode(), unreadable);
        }
    }
}
