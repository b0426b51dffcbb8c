package org.onewindow.approval.boundary;

import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One department's progress on a case, as the applicant sees it: where it stands, at which stage,
 * by when, and the remarks its staff did not mark internal. Never the internal opinions.
 */
public record DepartmentProgress(String department, PartKind part, SubApplicationStatus status, String stage, LocalDate deadline,
                                 LocalDate plannedResumption, Instant decidedAt, String remark) {
}
