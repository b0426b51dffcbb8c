package org.onewindow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.ConcurrentChangeException;
import org.onewindow.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A cooperating department's work: its sub-applications by deadline, and its decision on each. */
@Stateless
@RolesAllowed({StaffRole.Names.DEPARTMENT_CLERK, StaffRole.Names.SECTION_CHIEF, StaffRole.Names.DIRECTOR})
public class DepartmentWork {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CalendarCache calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** My department's received sub-applications, nearest deadline first, with the working days left. */
    public List<SubApplicationView> workList() {
        Staff me = currentStaff.get();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return em.createQuery("""
                        SELECT s FROM SubApplication s
                        WHERE s.department.code = :department AND s.status = :status
                        ORDER BY s.deadline, s.id""", SubApplication.class)
                .setParameter("department", me.department().code())
                .setParameter("status", SubApplicationStatus.RECEIVED)
                .setMaxResults(500).getResultList().stream()
                .map(s -> SubApplicationView.of(s, calendar.get().workingDaysBetween(today, s.deadline()))).toList();
    }

    public SubApplicationView decide(long subApplicationId, boolean approve, String opinion) {
        Staff me = currentStaff.get();
        SubApplication sub = em.find(SubApplication.class, subApplicationId);
        if (sub == null) {
            throw new NotFoundException("sub-application.not-found", subApplicationId);
        }
        if (!sub.department().code().equals(me.department().code())) {
            audit.recordRefusal(me.username(), "SUB_APPLICATION", String.valueOf(subApplicationId), "another department's work");
            throw new NotYourDepartmentException(me.department().name(), sub.department().name());
        }
        SubApplicationStatus before = sub.status();
        sub.decide(approve, me.username(), me.department(), opinion, clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException lostRace) {
            throw new ConcurrentChangeException(sub.application().applicationNumber());
        }
        String number = sub.application().applicationNumber();
        audit.record(me.username(), approve ? "SUB_APPLICATION_APPROVED" : "SUB_APPLICATION_REFUSED", "APPLICATION", number,
                before, sub.status(), sub.opinion().orElse(null), sub.department().code());
        outbox.reportDecision(Envelope.decided(sub.id(), number, sub.department().code()));
        return SubApplicationView.of(sub, null);
    }
}
