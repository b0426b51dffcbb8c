package org.onewindow.supervision.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The hall's big screen (全市办件态势): totals, today's flow, cards by department. Figures only, no names or
 * case numbers, so it may be shown to everyone in the hall.
 */
public record WallView(Instant at, long running, long clockStopped, long submittedToday, long acceptedToday, long decidedToday,
                       long activeYellow, long activeRed, List<DepartmentLine> departments) {

    /** One department's line: its running work and its active cards. */
    public record DepartmentLine(String code, String name, long running, long yellow, long red) {
    }
}
