package org.onewindow.acceptance.rest;

import java.util.Map;

/** The "application" part of a resubmission: the query code and the corrected form. */
public record ResubmissionRequest(String queryCode, Map<String, String> fields) {
}
