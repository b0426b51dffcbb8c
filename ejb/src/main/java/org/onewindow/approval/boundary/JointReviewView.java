package org.onewindow.approval.boundary;

import org.onewindow.approval.JointReview;
import org.onewindow.approval.JointReviewStatus;

import java.time.Instant;
import java.util.List;

/** A joint review meeting: when and where, who convened it, each invited department's opinion, and the minutes. */
public record JointReviewView(long id, String applicationNumber, String itemName, JointReviewStatus status, Instant scheduledAt,
                              String place, String convenedBy, Instant convenedAt, String minutes, Instant concludedAt,
                              List<Invitee> departments) {

    public record Invitee(String department, String departmentName, Boolean agreed, String opinion, String recordedBy,
                          Instant recordedAt) {
    }

    static JointReviewView of(JointReview review) {
        return new JointReviewView(review.id(), review.application().applicationNumber(), review.application().item().name(),
                review.status(), review.scheduledAt(), review.place(), review.convenedBy(), review.convenedAt(),
                review.minutes().orElse(null), review.concludedAt().orElse(null),
                review.opinions().stream().map(o -> new Invitee(o.department().code(), o.department().name(),
                        o.agreed().orElse(null), o.opinion().orElse(null), o.recordedBy().orElse(null),
                        o.recordedAt().orElse(null))).toList());
    }
}
