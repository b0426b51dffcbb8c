package org.onewindow.approval.rest;

/** My department's opinion in the meeting: agree or not, and what it says. */
public record JointReviewOpinionRequest(Boolean agree, String opinion) {
}
