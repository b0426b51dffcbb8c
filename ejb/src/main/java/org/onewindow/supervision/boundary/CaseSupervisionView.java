package org.onewindow.supervision.boundary;

import java.time.LocalDate;
import java.util.List;

/** Everything supervision knows of one case: its deadline, each part's stage and deadline, its cards and urgings. */
public record CaseSupervisionView(String applicationNumber, String item, String status, LocalDate promisedDate, boolean clockStopped,
                                  List<Part> parts, List<CardView> cards, List<UrgingView> urgings) {

    public record Part(long id, String department, String departmentName, String status, String stage, LocalDate stageDeadline,
                       LocalDate deadline, Integer workingDaysLeft, String assignee) {
    }
}
