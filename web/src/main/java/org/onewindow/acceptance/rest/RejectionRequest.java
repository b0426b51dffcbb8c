package org.onewindow.acceptance.rest;

/** Why the window does not accept the application; told to the applicant. */
public record RejectionRequest(String reason) {
}
