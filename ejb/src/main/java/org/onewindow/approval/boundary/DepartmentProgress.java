package org.onewindow.approval.boundary;

import org.onewindow.approval.SubApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One department's progress on a parallel case, as the applicant sees it. */
public record DepartmentProgress(String department, SubApplicationStatus status, LocalDate deadline, Instant decidedAt) {
}
