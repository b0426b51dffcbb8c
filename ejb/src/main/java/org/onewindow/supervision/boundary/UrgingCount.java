package org.onewindow.supervision.boundary;

/** How often a case or a department was urged, and how many of those urgings are still unanswered. */
public record UrgingCount(String key, long urgings, long unanswered) {
}
