package org.onewindow.approval.rest;

import java.time.Instant;
import java.util.List;

/** Convene a joint review for a case: when, where, and which of its departments (all still working on it when none are named). */
public record JointReviewRequest(String applicationNumber, Instant scheduledAt, String place, List<String> departments) {
}
