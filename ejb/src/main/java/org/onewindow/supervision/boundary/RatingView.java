package org.onewindow.supervision.boundary;

import org.onewindow.supervision.FollowUpStatus;
import org.onewindow.supervision.Rating;
import org.onewindow.supervision.RatingGrade;

import java.time.Instant;
import java.time.LocalDate;

/** A rating and, for a bad one, its follow-up. */
public record RatingView(long id, String applicationNumber, String department, String item, RatingGrade grade, String comment,
                         Instant ratedAt, FollowUpStatus followUp, LocalDate followUpDue, String followUpAnswer, String followUpBy,
                         Instant followUpAt) {

    static RatingView of(Rating rating) {
        return new RatingView(rating.id(), rating.applicationNumber(), rating.departmentCode(), rating.itemCode(), rating.grade(),
                rating.comment().orElse(null), rating.ratedAt(), rating.followUpStatus().orElse(null), rating.followUpDue().orElse(null),
                rating.followUpAnswer().orElse(null), rating.followUpBy().orElse(null), rating.followUpAt().orElse(null));
    }
}
