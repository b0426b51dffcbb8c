package org.onewindow.calendar;

/** Why a date departs from the plain Monday-to-Friday rule. */
public enum DayKind {
    /** A public holiday (放假): not worked, even when it falls on a weekday. */
    HOLIDAY,
    /** An adjusted workday (调休上班): a Saturday or Sunday that is worked. */
    ADJUSTED_WORKDAY
}
