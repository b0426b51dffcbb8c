package org.onewindow.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.notification.NotificationDelivery;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.NotFoundException;

import java.util.List;

/**
 * Who was told what about a case, by which channel, and whether it reached them: for the lead
 * department's window and for supervisors, who answer "nobody told me".
 */
@Stateless
@RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.SUPERVISOR})
public class NotificationRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail audit;

    /** Every delivery about the case, oldest first. */
    public List<DeliveryView> ofCase(String number) {
        Staff reader = currentStaff.get();
        Department lead = em.createQuery("SELECT a.item.leadDepartment FROM Application a WHERE a.applicationNumber = :number",
                        Department.class)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("application.not-found", number));
        if (!reader.has(StaffRole.SUPERVISOR) && !lead.code().equals(reader.department().code())) {
            audit.recordRefusal(reader.username(), "APPLICATION", number, "notifications: not the lead department");
            throw new NotYourDepartmentException(reader.department().name(), lead.name());
        }
        return em.createQuery("""
                        SELECT d FROM NotificationDelivery d WHERE d.applicationNumber = :number
                        ORDER BY d.firstAttemptAt, d.id""", NotificationDelivery.class)
                .setParameter("number", number).setMaxResults(200)
                .getResultList().stream().map(DeliveryView::of).toList();
    }
}
