package org.onewindow.approval.rest;

/** To a colleague of the same department and stage role, by username, with an optional note. */
public record HandOverRequest(String colleague, String reason) {
}
