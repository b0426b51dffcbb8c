package org.onewindow.calendar.rest;

import java.util.List;

/** Every special day of one year; replaces what the year had. */
public record YearInput(List<SpecialDayInput> days) {
}
