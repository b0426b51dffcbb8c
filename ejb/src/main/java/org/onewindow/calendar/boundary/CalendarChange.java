package org.onewindow.calendar.boundary;

import java.util.List;

/** What replacing a year's calendar did: how many special days it has now, and whose promised dates moved. */
public record CalendarChange(int year, int specialDays, List<MovedDeadline> moved) {

    public record MovedDeadline(String applicationNumber, java.time.LocalDate before, java.time.LocalDate after) {
    }
}
