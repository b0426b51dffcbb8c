package org.onewindow.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.onewindow.notification.DeliveryChannel;
import org.onewindow.notification.control.DeliveryFailedException;
import org.onewindow.notification.control.DeliveryLog;
import org.onewindow.notification.control.Mailer;
import org.onewindow.notification.control.NotificationRequest;
import org.onewindow.notification.control.NotificationTexts;
import org.onewindow.notification.control.Recipient;
import org.onewindow.notification.control.Recipients;
import org.onewindow.notification.control.SmsGateway;
import org.onewindow.notification.control.SmsGateways;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a person what a notification request says, after the change it reports has committed: by
 * e-mail if they have an address (and mail is on), by SMS if they have a mobile number. Each channel
 * is done at most once per idempotency key. A channel that fails leaves the request to the queue:
 * the transaction is rolled back without an exception, so the broker redelivers it later (5 s, then
 * doubling up to 5 min, 10 attempts, then the dead-letter queue) and the server log gets one warning
 * per failing delivery instead of a stack trace per attempt. A broken request (unknown case, missing
 * fact) throws as usual.
 */
@Stateless
@PermitAll
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @Inject
    Recipients recipients;

    @Inject
    Mailer mailer;

    @Inject
    SmsGateways smsGateways;

    @Inject
    DeliveryLog log;

    @Resource
    SessionContext context;

    public void deliver(NotificationRequest request) {
        Optional<Recipient> found = recipients.of(request);
        if (found.isEmpty()) {
            LOG.info(() -> request.kind() + " for " + request.recipient() + " not delivered: no longer active");
            return;
        }
        Recipient recipient = found.get();
        NotificationTexts.Composed text = new NotificationTexts(System.getProperty("onewindow.public-url", "http://localhost:8080/onewindow"))
                .compose(request, recipient.name(), Locale.SIMPLIFIED_CHINESE);
        boolean tryAgain = false;
        Optional<String> email = recipient.emailAddress().filter(address -> Mailer.enabled());
        if (email.isPresent()) {
            tryAgain |= !attempt(new DeliveryLog.Attempt(request, DeliveryChannel.EMAIL, email.get(), "smtp", text.subject()),
                    () -> mailer.send(email.get(), text.subject(), text.mailBody(), request.idempotencyKey()));
        }
        Optional<String> mobile = recipient.mobile();
        if (mobile.isPresent()) {
            SmsGateway gateway = smsGateways.current();
            tryAgain |= !attempt(new DeliveryLog.Attempt(request, DeliveryChannel.SMS, mobile.get(), gateway.name(), text.sms()),
                    () -> gateway.send(mobile.get(), text.sms(), request.idempotencyKey()));
        }
        if (email.isEmpty() && mobile.isEmpty()) {
            LOG.info(() -> request.kind() + " for " + request.recipient() + " not delivered: no e-mail (or mail off) and no mobile number");
        }
        if (tryAgain) {
            context.setRollbackOnly();
        }
    }

    /** @return false when this channel should be tried again later */
    private boolean attempt(DeliveryLog.Attempt attempt, Runnable send) {
        if (log.isSettled(attempt.request(), attempt.channel())) {
            return true;
        }
        String what = attempt.request().kind() + " to " + attempt.request().audience().name().toLowerCase(Locale.ROOT) + " "
                + attempt.request().recipient() + " by " + attempt.channel();
        try {
            send.run();
        } catch (DeliveryFailedException failure) {
            int attempts = log.failed(attempt, failure);
            if (failure.refused()) {
                LOG.warning(() -> what + " refused, not retried: " + failure.summary());
                return true;
            }
            // The first failure of a delivery is worth a warning; its retries are on record in the notification log.
            LOG.log(attempts == 1 ? Level.WARNING : Level.FINE,
                    () -> what + " failed (attempt " + attempts + "), the queue will retry: " + failure.summary());
            return false;
        }
        log.sent(attempt);
        LOG.info(() -> what + " sent through " + attempt.gateway());
        return true;
    }
}
