package org.onewindow.supervision;

/** The follow-up (整改/回访) a bad rating opens: open until the department answers. */
public enum FollowUpStatus {
    OPEN,
    ANSWERED
}
