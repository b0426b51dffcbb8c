package org.onewindow.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/**
 * A message the database says was sent but whose effect never showed, sent again: how often and when
 * last, by its idempotency key. Each attempt waits twice as long as the one before, and after
 * {@link #MAX_ATTEMPTS} it is left to an administrator (the dead-letter queues), so a message that can
 * never be handled does not go round for ever.
 */
@Entity
public class MessageResend {

    public static final int MAX_ATTEMPTS = 3;

    @Id
    private String idempotencyKey;

    private int attempts;

    private Instant lastSentAt;

    protected MessageResend() {
        // for JPA
    }

    public MessageResend(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** Whether another attempt is due, the first one {@code wait} after the original was sent. */
    public boolean isDue(Instant originallySent, Duration wait, Instant now) {
        if (attempts >= MAX_ATTEMPTS) {
            return false;
        }
        Instant last = lastSentAt == null ? originallySent : lastSentAt;
        return !now.isBefore(last.plus(wait.multipliedBy(1L << attempts)));
    }

    public void sent(Instant at) {
        attempts++;
        lastSentAt = at;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isExhausted() {
        return attempts >= MAX_ATTEMPTS;
    }
}
