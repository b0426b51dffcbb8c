package org.onewindow.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends e-mail through the server's mail session {@code java:jboss/mail/OneWindow} (host, port, sender
 * and credentials in src-config/cli/mail.cli), in UTF-8. Off unless {@code onewindow.mail.enabled} is
 * true, so a server without a mail relay does not try. Each attempt of one notification carries the
 * same Message-ID, so a mail client shows a rare repeat once.
 */
@ApplicationScoped
public class Mailer {

    static final String ENABLED = "onewindow.mail.enabled";
    private static final String TIMEOUT_MILLIS = "15000";

    @Resource(lookup = "java:jboss/mail/OneWindow")
    Session session;

    @Inject
    Clock clock;

    public static boolean enabled() {
        return Boolean.getBoolean(ENABLED);
    }

    /** A relay that accepts the connection and then says nothing must not hold a delivery until the transaction times out. */
    @PostConstruct
    void boundWaiting() {
        Properties properties = session.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    }

    /**
     * @throws DeliveryFailedException refused when the address is malformed or the server rejects it,
     *                                 passing when the server cannot be reached or fails
     */
    public void send(String to, String subject, String body, String idempotencyKey) {
        try {
            MimeMessage message = new KeyedMessage(session, idempotencyKey);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (AddressException malformed) {
            throw DeliveryFailedException.refused("Not a usable e-mail address", malformed);
        } catch (SendFailedException notSent) {
            if (notSent.getInvalidAddresses() != null && notSent.getInvalidAddresses().length > 0) {
                throw DeliveryFailedException.refused("The mail server refused the address", notSent);
            }
            throw DeliveryFailedException.passing("The mail server did not take the message", notSent);
        } catch (MessagingException failed) {
            throw DeliveryFailedException.passing("The mail server could not be reached or failed", failed);
        }
    }

    /** A message whose Message-ID follows from the notification, not from the attempt. */
    private static final class KeyedMessage extends MimeMessage {

        private final String idempotencyKey;

        KeyedMessage(Session session, String idempotencyKey) {
            super(session);
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + idempotencyKey.replaceAll("[^A-Za-z0-9.:_-]", "") + "@onewindow>");
        }
    }
}
