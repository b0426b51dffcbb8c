package org.onewindow.notification.boundary;

import org.onewindow.notification.NotificationDelivery;

import java.time.Instant;

/**
 * One notification on one channel, as the window and supervisors see it: what kind, to whom (the
 * applicant, or a member of staff by username), at which address, what was said (the SMS text or the
 * mail's subject), and how it went.
 */
public record DeliveryView(String kind, String audience, String recipient, String channel, String address, String gateway,
                           String text, String status, int attempts, Instant firstAttemptAt, Instant lastAttemptAt,
                           Instant sentAt, String lastError) {

    static DeliveryView of(NotificationDelivery delivery) {
        return new DeliveryView(delivery.kind(), delivery.audience(), delivery.recipient(), delivery.channel().name(),
                delivery.address(), delivery.gateway(), delivery.messageText(), delivery.status().name(), delivery.attempts(),
                delivery.firstAttemptAt(), delivery.lastAttemptAt(), delivery.sentAt().orElse(null),
                delivery.lastError().orElse(null));
    }
}
