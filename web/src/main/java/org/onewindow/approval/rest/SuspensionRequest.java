package org.onewindow.approval.rest;

/** A special procedure: HEARING, INSPECTION, TESTING or EXPERT_REVIEW, its planned length in working days, and why. */
public record SuspensionRequest(String kind, Integer plannedWorkingDays, String reason) {
}
