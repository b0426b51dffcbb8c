package org.onewindow.supervision;

/** Where a complaint was filed: on the public portal, or at the hall (written down by staff). */
public enum ComplaintChannel {
    ONLINE,
    HALL
}
