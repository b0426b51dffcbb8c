package org.onewindow.calendar.boundary;

/** The special days of a year were replaced. */
public record CalendarChanged(int year) {
}
