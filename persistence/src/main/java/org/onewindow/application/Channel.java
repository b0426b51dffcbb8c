package org.onewindow.application;

/** Where an application came in: at the hall's window, on the public portal, or from another system. */
public enum Channel {
    HALL,
    ONLINE,
    API
}
