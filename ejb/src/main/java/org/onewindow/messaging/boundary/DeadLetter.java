package org.onewindow.messaging.boundary;

import java.time.Instant;

/** A message parked on a dead-letter queue after its attempts ran out, as an administrator sees it. */
public record DeadLetter(String queue, String messageId, String type, Instant sentAt, String body) {
}
