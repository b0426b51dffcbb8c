package org.onewindow.notification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.applicant.Applicant;
import org.onewindow.organisation.Staff;

import java.util.Optional;

/**
 * Looks up the person behind a notification when it is delivered, so the message on the queue names
 * them and carries no contact details, and a changed address is used at once.
 * <p>
 * A session bean, not a plain CDI bean, on purpose: the delivery itself then never holds a database
 * connection, and the connections of the delivery log's own transactions are handed back without the
 * connection manager complaining (IJ000152) about a connection it saw in another bean's call.
 */
@Stateless
@PermitAll
public class Recipients {

    @PersistenceContext
    EntityManager em;

    /** The recipient, or empty for a member of staff who has left. An unknown case or username is a broken request. */
    public Optional<Recipient> of(NotificationRequest request) {
        return switch (request.audience()) {
            case APPLICANT -> Optional.of(applicantOf(request.recipient()));
            case STAFF -> staff(request.recipient());
        };
    }

    private Recipient applicantOf(String applicationNumber) {
        Applicant applicant = em.createQuery("SELECT a.applicant FROM Application a WHERE a.applicationNumber = :number",
                        Applicant.class)
                .setParameter("number", applicationNumber).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No application " + applicationNumber + " to notify"));
        return new Recipient(applicant.name(), applicant.email(), applicant.phone());
    }

    private Optional<Recipient> staff(String username) {
        Staff staff = em.createQuery("SELECT s FROM Staff s WHERE s.username = :username", Staff.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No member of staff " + username + " to notify"));
        return staff.isActive() ? Optional.of(new Recipient(staff.fullName(), staff.email(), staff.phone())) : Optional.empty();
    }
}
