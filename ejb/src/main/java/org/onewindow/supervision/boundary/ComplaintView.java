package org.onewindow.supervision.boundary;

import org.onewindow.supervision.Complaint;
import org.onewindow.supervision.ComplaintChannel;
import org.onewindow.supervision.ComplaintStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint as supervisors handle it. */
public record ComplaintView(long id, String complaintNumber, ComplaintChannel channel, String complainantName, String complainantPhone,
                            String applicationNumber, String department, String subject, String description, ComplaintStatus status,
                            Instant filedAt, LocalDate stepDue, String handler, String findings, Boolean upheld, String decision,
                            String reply, Instant repliedAt) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.complaintNumber(), c.channel(), c.complainantName(), c.complainantPhone(),
                c.applicationNumber().orElse(null), c.departmentCode(), c.subject(), c.description(), c.status(), c.filedAt(),
                c.stepDue().orElse(null), c.handler().orElse(null), c.findings().orElse(null), c.upheld().orElse(null),
                c.decision().orElse(null), c.reply().orElse(null), c.repliedAt().orElse(null));
    }
}
