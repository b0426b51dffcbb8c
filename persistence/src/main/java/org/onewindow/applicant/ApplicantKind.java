package org.onewindow.applicant;

/** A natural person (identified by the resident ID number) or an enterprise (by the unified social credit code). */
public enum ApplicantKind {
    PERSON,
    ENTERPRISE
}
