package org.onewindow.supervision.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The supervisor's board (实时监察): active cards by colour, by department and by item, what was raised
 * today, and what is still owed an answer (urgings, follow-ups, complaints). Counts only: the lists come
 * from {@link SupervisionBoard#cards}.
 */
public record BoardView(Instant at, long activeYellow, long activeRed, long raisedToday, long openUrgings, long openFollowUps,
                        long openComplaints, List<Count> byDepartment, List<Count> byItem) {

    /** Active yellow and red cards of one department or item. */
    public record Count(String code, String name, long yellow, long red) {
    }
}
