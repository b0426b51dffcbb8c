package org.onewindow.notification.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/**
 * The default gateway, for demonstrations and tests: writes the SMS to the application log
 * ({@code onewindow.log}, category {@code org.onewindow.notification.sms}) instead of sending it.
 */
@ApplicationScoped
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger("org.onewindow.notification.sms");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        LOG.info(() -> "SMS to " + SmsGateway.masked(mobile) + " (not sent, log-only gateway): " + text);
    }
}
