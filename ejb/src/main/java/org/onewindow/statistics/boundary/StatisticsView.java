package org.onewindow.statistics.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The leaders' statistics of a period [from, to) for the whole centre, a department or an item: the figures, the
 * same for the period before (month-on-month for a month) and for the same period a year earlier (year-on-year),
 * and the figures by department and by item. A department's row counts its own cases and its parts of other
 * departments' parallel cases; the total counts each case once, under its lead department.
 */
public record StatisticsView(LocalDate from, LocalDate to, String department, String item, Figures figures, Figures previousPeriod,
                             Figures sameLastYear, List<Row> byDepartment, List<Row> byItem) {

    /** One department's or item's figures in the period. */
    public record Row(String code, String name, Figures figures) {
    }
}
