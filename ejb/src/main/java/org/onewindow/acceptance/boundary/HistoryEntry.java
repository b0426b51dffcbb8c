package org.onewindow.acceptance.boundary;

import org.onewindow.audit.AuditRecord;

import java.time.Instant;

/** One step of a case's history as the audit trail recorded it: who, when, what, from which state to which, why. */
public record HistoryEntry(Instant at, String actor, String action, String fromState, String toState, String reason,
                           String detail) {

    public static HistoryEntry of(AuditRecord record) {
        return new HistoryEntry(record.occurredAt(), record.actor(), record.action(), record.fromState(), record.toState(),
                record.reason(), record.detail());
    }
}
