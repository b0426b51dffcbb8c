package org.onewindow.calendar;

/** How a time limit is counted: on the working-day calendar, or in natural (calendar) days. */
public enum LimitUnit {
    WORKING_DAYS,
    NATURAL_DAYS
}
