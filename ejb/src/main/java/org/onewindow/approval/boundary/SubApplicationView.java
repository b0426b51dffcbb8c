package org.onewindow.approval.boundary;

import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A department's part of a parallel case, as its staff and the lead department see it. */
public record SubApplicationView(long id, String applicationNumber, String itemName, String applicantName, String department,
                                 String departmentName, SubApplicationStatus status, LocalDate deadline,
                                 Integer workingDaysLeft, Instant receivedAt, Instant decidedAt, String decidedBy,
                                 String opinion) {

    static SubApplicationView of(SubApplication sub, Integer workingDaysLeft) {
        return new SubApplicationView(sub.id(), sub.application().applicationNumber(), sub.application().item().name(),
                sub.application().applicant().name(), sub.department().code(), sub.department().name(), sub.status(),
                sub.deadline(), workingDaysLeft, sub.receivedAt().orElse(null), sub.decidedAt().orElse(null),
                sub.decidedBy().orElse(null), sub.opinion().orElse(null));
    }
}
