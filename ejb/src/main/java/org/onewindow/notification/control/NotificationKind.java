package org.onewindow.notification.control;

/**
 * What somebody is told about. Applicants hear about their case; staff hear about new work. Each kind
 * names the facts its text needs ({@link NotificationRequest#facts()}); a date is given as
 * {@code yyyy-MM-dd}. A request without them is refused at delivery and ends on the dead-letter queue
 * (texts: {@code org/onewindow/notifications*.properties}).
 */
public enum NotificationKind {
    /** To the applicant: the case was accepted, the clock runs, the promised date is fixed. Facts: item, promisedDate. */
    ACCEPTED,
    /** To the applicant: the window will not accept the case, with the reason. Facts: item, reason. */
    REJECTED,
    /** To the applicant: the window asks for corrections before acceptance. Facts: item, corrections. */
    CORRECTION_REQUESTED,
    /** To the applicant: a department asks, through the lead window, for supplementary materials; the clock stops. Facts: item, materials. */
    SUPPLEMENT_REQUESTED,
    /** To the applicant: a special procedure (hearing, inspection, expert review) stopped the clock. Facts: item, reason. */
    SUSPENDED,
    /** To the applicant: the special procedure ended and the clock runs again, with the new promised date. Facts: item, promisedDate. */
    RESUMED,
    /** To the applicant: the final result, approved. Facts: item. */
    APPROVED,
    /** To the applicant: the final result, refused, with the reason. Facts: item, reason. */
    REFUSED,
    /** To a member of staff: a task was handed to them by name. Facts: item, deadline. */
    NEW_TASK,
    /** To a member of staff: the tasks that reached their queue since the last reminder. Facts: count, deadline (the earliest). */
    TASKS_WAITING,
    /** To a member of staff: their department is invited to a joint review meeting. Facts: item, meetingTime, place. */
    JOINT_REVIEW_SCHEDULED,
    /** To a member of staff: a yellow or red card was raised on their work. Facts: card, cardEn (what and why, in each language), subject, deadline. */
    CARD_RAISED,
    /** To a department's chiefs and director: a supervisor's urging notice (催办通知书). Facts: urging, reason, answerBy. */
    URGING_ISSUED,
    /** To a department's chiefs: a bad rating opened a follow-up to answer. Facts: grade, gradeEn, answerBy. */
    FOLLOW_UP_OPENED
}
