package org.onewindow.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A person or an enterprise that applies. Known by the identifier, so an applicant who comes back
 * is found again and never typed twice; contact details follow the latest application.
 */
@Entity
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ApplicantKind kind;

    private String identifier;

    private String name;

    private String phone;

    private String email;

    @Version
    private int version;

    protected Applicant() {
        // for JPA
    }

    /** Only from details whose {@link ApplicantDetails#problems} came back empty. */
    public Applicant(ApplicantDetails valid) {
        this.kind = valid.kind();
        this.identifier = valid.normalisedIdentifier();
        updateContact(valid);
    }

    public void updateContact(ApplicantDetails valid) {
        this.name = valid.name().strip();
        this.phone = ContactPhone.normalise(valid.phone());
        this.email = valid.email() == null || valid.email().isBlank() ? null : EmailAddress.normalise(valid.email());
    }

    public String maskedIdentifier() {
        return kind == ApplicantKind.PERSON ? ResidentIdNumber.masked(identifier) : UnifiedSocialCreditCode.masked(identifier);
    }

    public Long id() {
        return id;
    }

    public ApplicantKind kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
