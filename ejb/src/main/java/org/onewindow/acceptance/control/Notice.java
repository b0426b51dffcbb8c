package org.onewindow.acceptance.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a notice to the applicant says. Immutable; rendered to PDF by {@link NoticeRenderer}.
 *
 * @param kind                      acceptance, rejection or correction
 * @param applicationNumber         the application's number
 * @param queryCode                 the code the applicant uses, with the number, to query progress
 * @param applicantName             the addressee (person or organisation)
 * @param applicantIdentifierMasked the applicant's identifier, already masked (e.g. 1101**********1234); may be null
 * @param itemCode                  the catalogue code of the approval item; may be null
 * @param itemName                  the approval item's name
 * @param leadDepartmentName        the department that leads the approval and issues the notice
 * @param submittedAt               when the application was submitted
 * @param issuedAt                  when the notice is issued
 * @param promisedDate              the promised completion date; required for ACCEPTANCE, otherwise null
 * @param timeLimitText             the statutory time limit as text, e.g. 20个工作日; ACCEPTANCE only, may be null
 * @param reason                    the reason for a REJECTION, or a note on a CORRECTION; may be null
 * @param missingMaterials          the missing or incorrect materials of a CORRECTION; null means none
 * @param statusQueryUrl            where the applicant can follow the application (encoded in the QR code)
 */
public record Notice(
        NoticeKind kind,
        String applicationNumber,
        String queryCode,
        String applicantName,
        String applicantIdentifierMasked,
        String itemCode,
        String itemName,
        String leadDepartmentName,
        LocalDateTime submittedAt,
        LocalDateTime issuedAt,
        LocalDate promisedDate,
        String timeLimitText,
        String reason,
        List<String> missingMaterials,
        String statusQueryUrl) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(leadDepartmentName, "leadDepartmentName");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(statusQueryUrl, "statusQueryUrl");
        if (kind == NoticeKind.ACCEPTANCE && promisedDate == null) {
            throw new IllegalArgumentException("An acceptance notice needs the promised completion date");
        }
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
    }
}
