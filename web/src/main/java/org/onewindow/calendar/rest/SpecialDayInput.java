package org.onewindow.calendar.rest;

import java.time.LocalDate;

/** A holiday or adjusted workday as sent by an administrator. */
public record SpecialDayInput(LocalDate date, String kind, String name) {
}
