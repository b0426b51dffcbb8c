package org.onewindow.supervision;

/** An urging notice (催办通知书) is issued, acknowledged by the department, then answered. */
public enum UrgingStatus {
    ISSUED,
    ACKNOWLEDGED,
    ANSWERED
}
