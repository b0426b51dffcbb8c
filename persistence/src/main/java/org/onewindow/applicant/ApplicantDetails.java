package org.onewindow.applicant;

import org.onewindow.shared.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Who applies, as typed on a form; {@link #problems} lists every field that is wrong. */
public record ApplicantDetails(ApplicantKind kind, String identifier, String name, String phone, String email) {

    public List<FieldError> problems(String prefix, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(FieldError.of(prefix + "kind", "applicant.kind.required"));
        } else if (kind == ApplicantKind.PERSON) {
            ResidentIdNumber.problem(identifier, today).ifPresent(key -> problems.add(FieldError.of(prefix + "identifier", key)));
        } else {
            UnifiedSocialCreditCode.problem(identifier).ifPresent(key -> problems.add(FieldError.of(prefix + "identifier", key)));
        }
        if (name == null || name.isBlank()) {
            problems.add(FieldError.of(prefix + "name", "applicant.name.required"));
        } else if (name.strip().length() > 200) {
            problems.add(FieldError.of(prefix + "name", "applicant.name.too-long", 200));
        }
        ContactPhone.problem(phone).ifPresent(key -> problems.add(FieldError.of(prefix + "phone", key)));
        EmailAddress.problem(email).ifPresent(key -> problems.add(FieldError.of(prefix + "email", key)));
        return problems;
    }

    /** The identifier as stored: trimmed, upper case. Only call on valid details. */
    public String normalisedIdentifier() {
        return kind == ApplicantKind.PERSON ? ResidentIdNumber.normalise(identifier) : UnifiedSocialCreditCode.normalise(identifier);
    }
}
