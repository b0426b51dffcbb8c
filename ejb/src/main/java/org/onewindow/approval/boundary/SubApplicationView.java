package org.onewindow.approval.boundary;

import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.approval.SuspensionKind;
import org.onewindow.organisation.StaffRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A department's part of a case and its current stage task, as its staff and the lead department see
 * it: the part's deadline and the stage's, with the working days left when asked for a work list, when
 * its answer reached the lead department, and the actions the caller may take now.
 */
public record SubApplicationView(long id, String applicationNumber, String itemName, String applicantName, String department,
                                 String departmentName, PartKind part, SubApplicationStatus status, LocalDate deadline,
                                 Integer workingDaysLeft, int stageIndex, int stageCount, String stageName, StaffRole stageRole,
                                 LocalDate stageDeadline, Integer stageWorkingDaysLeft, String assignee,
                                 SuspensionKind suspensionKind, LocalDate plannedResumption, int stoppedWorkingDays,
                                 Instant receivedAt, Instant decidedAt, String decidedBy, String opinion, String publicNote,
                                 Instant collectedAt, List<String> actions, int version) {

    static SubApplicationView of(SubApplication sub, Integer workingDaysLeft, Integer stageWorkingDaysLeft, List<String> actions) {
        return new SubApplicationView(sub.id(), sub.applicationNumber(), sub.item().name(),
                sub.applicantName(), sub.department().code(), sub.department().name(), sub.part(), sub.status(),
                sub.deadline(), workingDaysLeft, sub.stageIndex(), sub.plan().size(), sub.stageName(), sub.stageRole(),
                sub.stageDeadline(), stageWorkingDaysLeft, sub.assignee().orElse(null), sub.suspensionKind().orElse(null),
                sub.plannedResumption().orElse(null), sub.stoppedWorkingDays(), sub.receivedAt().orElse(null),
                sub.decidedAt().orElse(null), sub.decidedBy().orElse(null), sub.opinion().orElse(null),
                sub.publicNote().orElse(null), sub.collectedAt().orElse(null), actions, sub.version());
    }

    static SubApplicationView of(SubApplication sub) {
        return of(sub, null, null, List.of());
    }
}
