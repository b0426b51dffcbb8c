package org.onewindow.approval;

/** A joint review meeting (联审会议) is scheduled, then concluded with its minutes, or called off. */
public enum JointReviewStatus {
    SCHEDULED,
    CONCLUDED,
    CALLED_OFF
}
