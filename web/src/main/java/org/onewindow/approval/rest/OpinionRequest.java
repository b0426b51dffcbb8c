package org.onewindow.approval.rest;

/** An opinion on a stage; {@code internal} keeps it from the applicant (not marked: the applicant may read it). */
public record OpinionRequest(String opinion, Boolean internal) {

    boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
