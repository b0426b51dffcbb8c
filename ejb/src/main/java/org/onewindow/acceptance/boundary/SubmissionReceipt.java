package org.onewindow.acceptance.boundary;

import org.onewindow.application.ApplicationStatus;

/** What the applicant keeps after submitting: the number and the query code to follow the case. */
public record SubmissionReceipt(String applicationNumber, String queryCode, ApplicationStatus status) {
}
