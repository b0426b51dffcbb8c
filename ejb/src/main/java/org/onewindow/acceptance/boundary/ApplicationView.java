package org.onewindow.acceptance.boundary;

import org.onewindow.applicant.ApplicantKind;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.application.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the window clerk works it. */
public record ApplicationView(String applicationNumber, String itemCode, int itemVersion, String itemName,
                              ApplicantKind applicantKind, String applicantName, String applicantIdentifier,
                              String applicantPhone, Channel channel, ApplicationStatus status, String formData,
                              List<Material> materials, Instant submittedAt, Instant resubmittedAt, Instant acceptedAt,
                              String acceptedBy, LocalDate countingBase, LocalDate promisedDate, Instant decidedAt,
                              String refusalReason, List<String> corrections, String correctionNote, int version) {

    public record Material(String requirementCode, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.applicationNumber(), a.item().code(), a.item().itemVersion(), a.item().name(),
                a.applicant().kind(), a.applicant().name(), a.applicant().maskedIdentifier(), a.applicant().phone(),
                a.channel(), a.status(), a.formData(),
                a.materials().stream().map(m -> new Material(m.requirementCode(), m.fileName(), m.contentType(),
                        m.sizeBytes(), m.sha256())).toList(),
                a.submittedAt(), a.resubmittedAt().orElse(null), a.acceptedAt().orElse(null), a.acceptedBy().orElse(null),
                a.countingBase().orElse(null), a.promisedDate().orElse(null), a.decidedAt().orElse(null),
                a.refusalReason().orElse(null), a.corrections(), a.correctionNote().orElse(null), a.version());
    }
}
