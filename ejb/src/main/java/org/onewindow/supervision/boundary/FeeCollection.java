package org.onewindow.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.audit.control.RefusalAudit;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PermissionDeniedException;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardDraft;
import org.onewindow.supervision.FeeCharge;
import org.onewindow.supervision.FeePath;
import org.onewindow.supervision.FeePayment;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.Numbers;

import java.time.Clock;
import java.util.List;

/**
 * Fee collection at the lead department's window when the decision is handed out (收费): every fee checked against
 * the item's schedule, one payment per case, a receipt number. A clerk cannot charge above the schedule; a section
 * chief or director of the lead department may, with a written reason (the override), and that raises a red card
 * (超标准收费) for supervision to review, as does an integration reporting more than the schedule.
 */
@Stateless
@RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.SECTION_CHIEF, StaffRole.Names.DIRECTOR})
@Interceptors(RefusalAudit.class)
public class FeeCollection {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Numbers numbers;

    @Inject
    AuditTrail audit;

    @Inject
    CardWatch watch;

    @Inject
    Clock clock;

    /** The window collects the schedule's fees (or less) of an approved case of its department. */
    @RolesAllowed(StaffRole.Names.WINDOW_CLERK)
    public FeePaymentView collect(String number, List<FeeCharge> charges) {
        Staff clerk = currentStaff.get();
        return record(clerk, number, charges, FeePath.WINDOW, null);
    }

    /** A chief or director of the lead department records a fee above the schedule, with the reason: a red card. */
    @RolesAllowed({StaffRole.Names.SECTION_CHIEF, StaffRole.Names.DIRECTOR})
    public FeePaymentView override(String number, List<FeeCharge> charges, String reason) {
        Staff chief = currentStaff.get();
        if (!chief.has(StaffRole.SECTION_CHIEF) && !chief.has(StaffRole.DIRECTOR)) {
            throw new PermissionDeniedException("fee.not-lead-chief");
        }
        return record(chief, number, charges, FeePath.OVERRIDE, reason);
    }

    /** The receipt of a case of my department. */
    public FeePaymentView receipt(String number) {
        Application application = ownCase(currentStaff.get(), number);
        return em.createQuery("SELECT p FROM FeePayment p WHERE p.applicationNumber = :number", FeePayment.class)
                .setParameter("number", application.applicationNumber()).getResultStream().findFirst().map(FeePaymentView::of)
                .orElseThrow(() -> new NotFoundException("fee.no-receipt", number));
    }

    private FeePaymentView record(Staff staff, String number, List<FeeCharge> charges, FeePath path, String reason) {
        Application application = ownCase(staff, number);
        // the case's lock: two windows collecting at once give one receipt and one clear refusal
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("SELECT p.receiptNumber FROM FeePayment p WHERE p.applicationNumber = :number", String.class)
                .setParameter("number", number).getResultStream().findFirst().ifPresent(receipt -> {
                    throw new DomainException("fee.already-collected", receipt);
                });
        FeePayment payment = new FeePayment(application, charges, path, reason, numbers.receipt(watch.today()), staff.username(),
                clock.instant());
        em.persist(payment);
        em.flush();
        audit.recordFor(payment.departmentCode(), staff.username(), "FEES_COLLECTED", "APPLICATION", number, null, null,
                payment.overrideReason().orElse(null), payment.receiptNumber() + ", " + payment.total() + " yuan, " + path);
        if (payment.isAboveSchedule()) {
            watch.breach(new CardDraft(CardCause.FEE_ABOVE_SCHEDULE, CardCause.FEE_ABOVE_SCHEDULE + ":" + payment.receiptNumber(), number,
                    null, "receipt:" + payment.receiptNumber(), payment.departmentCode(), payment.itemCode(), null, staff.username(), null,
                    null, "system:supervision", path + " " + payment.total() + " yuan: " + payment.overrideReason().orElse("")));
        }
        return FeePaymentView.of(payment);
    }

    private Application ownCase(Staff staff, String number) {
        Application application = applications.get(number);
        if (!application.item().leadDepartment().code().equals(staff.department().code())) {
            throw new NotYourDepartmentException(staff.department().name(), application.item().leadDepartment().name());
        }
        return application;
    }
}
