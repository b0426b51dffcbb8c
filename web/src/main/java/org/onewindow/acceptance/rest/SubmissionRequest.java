package org.onewindow.acceptance.rest;

import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.application.Channel;

import java.util.Map;

/** The "application" part of a submission: the item, the applicant, the item's form. Files come as other parts. */
public record SubmissionRequest(String itemCode, ApplicantDetails applicant, Map<String, String> fields, Channel channel) {
}
