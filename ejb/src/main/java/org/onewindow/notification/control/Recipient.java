package org.onewindow.notification.control;

import org.onewindow.applicant.ContactPhone;

import java.util.Optional;

/**
 * Whom a notification reaches, with the contact details they have today: a name for the greeting,
 * an e-mail address if they gave one, and a mobile number if their phone can receive SMS.
 */
public record Recipient(String name, String email, String phone) {

    public Optional<String> emailAddress() {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip());
    }

    /** Only a mainland mobile number receives SMS; a landline does not. */
    public Optional<String> mobile() {
        return phone != null && ContactPhone.isMobile(phone) ? Optional.of(ContactPhone.normalise(phone)) : Optional.empty();
    }
}
