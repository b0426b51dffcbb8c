package org.onewindow.approval.rest;

/** The minutes that conclude a joint review meeting. */
public record MinutesRequest(String minutes) {
}
