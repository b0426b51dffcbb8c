package org.onewindow.notification.control;

/** What somebody is told about. Applicants hear about their case; staff hear about new work. */
public enum NotificationKind {
    /** To the applicant: the case was accepted, the clock runs, the promised date is fixed. */
    ACCEPTED,
    /** To the applicant: the window will not accept the case, with the reason. */
    REJECTED,
    /** To the applicant: the window asks for corrections before acceptance. */
    CORRECTION_REQUESTED,
    /** To the applicant: a department asks, through the lead window, for supplementary materials; the clock stops. */
    SUPPLEMENT_REQUESTED,
    /** To the applicant: a special procedure (hearing, inspection, expert review) stopped the clock. */
    SUSPENDED,
    /** To the applicant: the special procedure ended and the clock runs again, with the new promised date. */
    RESUMED,
    /** To the applicant: the final result, approved. */
    APPROVED,
    /** To the applicant: the final result, refused, with the reason. */
    REFUSED,
    /** To a member of staff: a task reached their queue. */
    NEW_TASK,
    /** To a member of staff: their department is invited to a joint review meeting. */
    JOINT_REVIEW_SCHEDULED
}
