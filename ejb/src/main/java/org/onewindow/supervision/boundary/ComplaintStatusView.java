package org.onewindow.supervision.boundary;

import org.onewindow.supervision.Complaint;
import org.onewindow.supervision.ComplaintStatus;

import java.time.Instant;
import java.time.LocalDate;

/** What the complainant reads with the number and query code: where it stands, the decision and the reply; nobody's name. */
public record ComplaintStatusView(String complaintNumber, String subject, ComplaintStatus status, Instant filedAt, LocalDate stepDue,
                                  Boolean upheld, String reply, Instant repliedAt) {

    static ComplaintStatusView of(Complaint c) {
        return new ComplaintStatusView(c.complaintNumber(), c.subject(), c.status(), c.filedAt(), c.stepDue().orElse(null),
                c.status() == ComplaintStatus.REPLIED ? c.upheld().orElse(null) : null, c.reply().orElse(null), c.repliedAt().orElse(null));
    }
}
