package org.onewindow.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A message already handled, by its idempotency key: a second delivery finds it and does nothing. */
@Entity
public class ProcessedMessage {

    @Id
    private String idempotencyKey;

    private String messageType;

    private Instant processedAt;

    protected ProcessedMessage() {
        // for JPA
    }

    public ProcessedMessage(String idempotencyKey, String messageType, Instant processedAt) {
        this.idempotencyKey = idempotencyKey;
        this.messageType = messageType;
        this.processedAt = processedAt;
    }
}
