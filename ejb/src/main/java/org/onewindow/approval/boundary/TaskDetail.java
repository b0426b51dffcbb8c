package org.onewindow.approval.boundary;

import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.acceptance.boundary.HistoryEntry;

import java.util.List;

/**
 * Everything a handler needs to work a stage task: the task, the case with its unified form and
 * materials, the department's stage plan with planned deadlines, the countersigners, and the history
 * of opinions on the case.
 */
public record TaskDetail(SubApplicationView task, ApplicationView application, List<StagePlanRow> plan,
                         List<Countersigner> countersigners, List<HistoryEntry> history) {

    public record Countersigner(String handler, boolean signed) {
    }
}
