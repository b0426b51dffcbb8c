package org.onewindow.approval.rest;

/** Approve or refuse, with an opinion (required for a refusal). */
public record DecisionRequest(Boolean approve, String opinion) {
}
