package org.onewindow.notification;

/** Where one channel's delivery of one notification stands. */
public enum DeliveryStatus {
    /** Handed to the mail server or the SMS gateway. */
    SENT,
    /** The last attempt failed for a reason that may pass (server down, timeout); the queue tries again. */
    FAILED,
    /** The mail server or gateway refused the address itself; trying again would not help, so it is not retried. */
    REFUSED
}
