package org.onewindow.acceptance.rest;

import java.util.List;

/** What is missing or wrong, one entry per material or field, and an optional note to the applicant. */
public record CorrectionRequest(List<String> missing, String note) {
}
