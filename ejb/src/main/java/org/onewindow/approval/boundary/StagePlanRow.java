package org.onewindow.approval.boundary;

import org.onewindow.calendar.TimeLimit;
import org.onewindow.catalogue.Countersign;
import org.onewindow.organisation.StaffRole;

import java.time.LocalDate;

/** One stage of a department's plan for a case: what it is, who handles it, and when it is planned to end. */
public record StagePlanRow(int index, String name, StaffRole role, int limitAmount, String limitUnit, Countersign countersign,
                           LocalDate plannedDeadline, boolean current) {

    static StagePlanRow of(int index, String name, StaffRole role, TimeLimit limit, Countersign countersign, LocalDate planned,
                           boolean current) {
        return new StagePlanRow(index, name, role, limit.amount(), limit.unit().name(), countersign, planned, current);
    }
}
