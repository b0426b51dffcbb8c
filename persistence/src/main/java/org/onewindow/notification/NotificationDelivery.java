package org.onewindow.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel's delivery of one notification, one row however many attempts it takes: to whom, at
 * which address, what was said (the SMS text or the mail's subject), how often it was tried, and
 * whether it went out. What a supervisor needs when an applicant says "nobody told me".
 */
@Entity
@Table(name = "notification_log")
public class NotificationDelivery {

    private static final int MAX_ERROR = 500;
    private static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_log_seq")
    @SequenceGenerator(name = "notification_log_seq", sequenceName = "notification_log_seq", allocationSize = 50)
    private Long id;

    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    private DeliveryChannel channel;

    /** APPLICANT or STAFF. */
    private String audience;

    /** The application number for an applicant, the username for staff. */
    private String recipient;

    private String applicationNumber;

    private String kind;

    /** The e-mail address or phone number used, as it was at delivery time. */
    private String address;

    /** smtp, or the SMS gateway's name (log, http, smpp). */
    private String gateway;

    private String messageText;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;
    private Instant firstAttemptAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private String lastError;

    @Version
    private int version;

    protected NotificationDelivery() {
        // for JPA
    }

    /** A delivery about to be attempted for the first time. */
    public NotificationDelivery(String idempotencyKey, DeliveryChannel channel, String audience, String recipient,
                                String applicationNumber, String kind, String address, String gateway, String messageText) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.applicationNumber = applicationNumber;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.address = Objects.requireNonNull(address, "address");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.messageText = truncate(Objects.requireNonNull(messageText, "messageText"), MAX_TEXT);
    }

    public void sent(Instant at) {
        attempted(at);
        this.status = DeliveryStatus.SENT;
        this.sentAt = at;
    }

    public void failed(Instant at, String error) {
        attempted(at);
        this.status = DeliveryStatus.FAILED;
        this.lastError = truncate(error, MAX_ERROR);
    }

    public void refused(Instant at, String error) {
        attempted(at);
        this.status = DeliveryStatus.REFUSED;
        this.lastError = truncate(error, MAX_ERROR);
    }

    /** Sent or refused: another attempt would either repeat the message or be refused again. */
    public boolean isSettled() {
        return status == DeliveryStatus.SENT || status == DeliveryStatus.REFUSED;
    }

    private void attempted(Instant at) {
        if (isSettled()) {
            throw new IllegalStateException("Delivery " + idempotencyKey + "/" + channel + " is already " + status);
        }
        attempts++;
        if (firstAttemptAt == null) {
            firstAttemptAt = at;
        }
        lastAttemptAt = at;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public String audience() {
        return audience;
    }

    public String recipient() {
        return recipient;
    }

    public Optional<String> applicationNumber() {
        return Optional.ofNullable(applicationNumber);
    }

    public String kind() {
        return kind;
    }

    public String address() {
        return address;
    }

    public String gateway() {
        return gateway;
    }

    public String messageText() {
        return messageText;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant firstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
