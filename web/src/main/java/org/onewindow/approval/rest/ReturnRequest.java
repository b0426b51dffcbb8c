package org.onewindow.approval.rest;

/** Back to an earlier stage of the department (its index in the stage plan, 0 for the first), with the reason. */
public record ReturnRequest(Integer stage, String reason) {
}
