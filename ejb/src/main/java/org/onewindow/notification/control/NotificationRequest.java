package org.onewindow.notification.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to tell somebody something, as a small JSON message on the notifications queue. The
 * recipient is named, not copied: the listener looks up the e-mail address and phone number when it
 * delivers, so no personal data travels through the broker. {@code facts} are the few values the
 * text needs (a date, a reason, a department's name).
 */
public record NotificationRequest(String type, int version, String idempotencyKey, Audience audience, String recipient,
                                  NotificationKind kind, String applicationNumber, Map<String, String> facts) {

    public static final String TYPE = "notification.requested";
    public static final int VERSION = 1;

    private static final Jsonb JSON = JsonbBuilder.create();

    /** Who is told: the applicant of a case (recipient = the application number) or a member of staff (recipient = username). */
    public enum Audience {
        APPLICANT,
        STAFF
    }

    public NotificationRequest {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public static NotificationRequest toApplicant(String applicationNumber, NotificationKind kind, Map<String, String> facts) {
        return new NotificationRequest(TYPE, VERSION, UUID.randomUUID().toString(), Audience.APPLICANT,
                Objects.requireNonNull(applicationNumber), kind, applicationNumber, facts);
    }

    public static NotificationRequest toStaff(String username, NotificationKind kind, String applicationNumber, Map<String, String> facts) {
        return new NotificationRequest(TYPE, VERSION, UUID.randomUUID().toString(), Audience.STAFF,
                Objects.requireNonNull(username), kind, applicationNumber, facts);
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    /** Refuses what it does not understand, so a foreign message ends on the dead-letter queue. */
    public static NotificationRequest fromJson(String text) {
        NotificationRequest request = JSON.fromJson(text, NotificationRequest.class);
        if (request == null || !TYPE.equals(request.type()) || request.version() != VERSION || request.idempotencyKey() == null
                || request.audience() == null || request.recipient() == null || request.kind() == null) {
            throw new IllegalArgumentException("Not a OneWindow notification of version " + VERSION + ": " + text);
        }
        return request;
    }
}
