package org.onewindow.notification.control;

/**
 * Sends one SMS. Which implementation runs is chosen by the system property
 * {@code onewindow.sms.gateway} (see {@link SmsGateways} and src-config/cli/notifications.cli).
 */
public interface SmsGateway {

    /** The name the configuration uses for it, kept with every delivery it makes. */
    String name();

    /**
     * Returns once the gateway has taken the message.
     *
     * @param mobile         a mainland mobile number, 11 digits
     * @param idempotencyKey the same for every attempt of one notification, for gateways that deduplicate
     * @throws DeliveryFailedException when the gateway did not take it
     */
    void send(String mobile, String text, String idempotencyKey);

    /** 139****5678: enough to tell numbers apart in a log line, not enough to call. */
    static String masked(String mobile) {
        return mobile.length() < 8 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
