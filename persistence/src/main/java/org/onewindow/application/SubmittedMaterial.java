package org.onewindow.application;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** A file the applicant handed in for one required material; the bytes live in the material store, by hash. */
@Embeddable
public class SubmittedMaterial {

    private String requirementCode;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    protected SubmittedMaterial() {
        // for JPA
    }

    public SubmittedMaterial(String requirementCode, String fileName, String contentType, long sizeBytes,
                             String sha256, Instant uploadedAt) {
        this.requirementCode = Objects.requireNonNull(requirementCode, "requirementCode");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public String requirementCode() {
        return requirementCode;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
