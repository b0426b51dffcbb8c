package org.onewindow.supervision.boundary;

import org.onewindow.supervision.Urging;
import org.onewindow.supervision.UrgingStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An urging notice and where it stands. */
public record UrgingView(long id, String urgingNumber, String applicationNumber, String department, String item, String reason,
                         LocalDate answerBy, String issuedBy, Instant issuedAt, UrgingStatus status, String acknowledgedBy,
                         Instant acknowledgedAt, String answer, String answeredBy, Instant answeredAt) {

    static UrgingView of(Urging urging) {
        return new UrgingView(urging.id(), urging.urgingNumber(), urging.applicationNumber(), urging.departmentCode(),
                urging.itemCode(), urging.reason(), urging.answerBy(), urging.issuedBy(), urging.issuedAt(), urging.status(),
                urging.acknowledgedBy().orElse(null), urging.acknowledgedAt().orElse(null), urging.answer().orElse(null),
                urging.answeredBy().orElse(null), urging.answeredAt().orElse(null));
    }
}
