package org.onewindow.approval;

/** The special procedures (特别程序) whose time is not counted in the time limit. */
public enum SuspensionKind {
    HEARING,
    INSPECTION,
    TESTING,
    EXPERT_REVIEW
}
