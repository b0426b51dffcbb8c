package org.onewindow.notification;

/** How a notification reaches a person. */
public enum DeliveryChannel {
    EMAIL,
    SMS
}
