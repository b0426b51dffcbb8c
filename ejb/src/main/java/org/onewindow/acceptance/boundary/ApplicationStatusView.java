package org.onewindow.acceptance.boundary;

import org.onewindow.application.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the public status query shows: the state of the case and its dates, nothing internal. */
public record ApplicationStatusView(String applicationNumber, String itemCode, String itemName, String leadDepartment,
                                    ApplicationStatus status, Instant submittedAt, Instant acceptedAt,
                                    LocalDate promisedDate, Instant decidedAt, String reason, List<String> corrections,
                                    List<org.onewindow.approval.boundary.DepartmentProgress> departments) {

    static ApplicationStatusView of(org.onewindow.acceptance.control.ApplicationRepository.StatusView view,
                                    List<org.onewindow.approval.boundary.DepartmentProgress> departments) {
        org.onewindow.acceptance.control.StatusRow r = view.row();
        return new ApplicationStatusView(r.applicationNumber(), r.itemCode(), r.itemName(), r.leadDepartment(), r.status(),
                r.submittedAt(), r.acceptedAt(), r.promisedDate(), r.decidedAt(),
                r.status() == ApplicationStatus.CORRECTION_REQUESTED || r.status() == ApplicationStatus.SUPPLEMENT_REQUESTED
                        ? r.correctionNote() : r.refusalReason(),
                view.corrections(), departments);
    }
}
