package org.onewindow.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.applicant.ContactPhone;
import org.onewindow.application.Application;
import org.onewindow.application.QueryCode;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.supervision.Complaint;
import org.onewindow.supervision.ComplaintChannel;
import org.onewindow.supervision.ComplaintStatus;
import org.onewindow.supervision.control.CardClosing;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.Numbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Complaints (投诉): filed online by anyone or written down at the hall, about a case or a department; supervisors
 * accept, investigate and decide, and reply, each step within its working days; the complainant follows it with the
 * number and query code. A complaint upheld counts against the department's score.
 */
@Stateless
@PermitAll
public class Complaints {

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
    CalendarCache calendar;

    @Inject
    CardWatch watch;

    @Inject
    CardClosing closing;

    @Inject
    Clock clock;

    /** Filed on the public portal. */
    public ComplaintReceipt fileOnline(String name, String phone, String applicationNumber, String departmentCode, String subject,
                                       String description) {
        return file(ComplaintChannel.ONLINE, "complainant", name, phone, applicationNumber, departmentCode, subject, description);
    }

    /** Written down at the hall by a window clerk or a supervisor for a complainant in person. */
    @RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.SUPERVISOR})
    public ComplaintReceipt fileAtHall(String name, String phone, String applicationNumber, String departmentCode, String subject,
                                       String description) {
        return file(ComplaintChannel.HALL, currentStaff.get().username(), name, phone, applicationNumber, departmentCode, subject,
                description);
    }

    private ComplaintReceipt file(ComplaintChannel channel, String actor, String name, String phone, String applicationNumber,
                                  String departmentCode, String subject, String description) {
        List<FieldError> errors = new ArrayList<>();
        ContactPhone.problem(phone).ifPresent(problem -> errors.add(FieldError.of("complainant.phone", problem)));
        String department = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
        String number = applicationNumber == null || applicationNumber.isBlank() ? null : applicationNumber.strip();
        if (number != null) {
            Optional<Application> application = applications.find(number);
            if (application.isEmpty()) {
                errors.add(FieldError.of("applicationNumber", "complaint.application-unknown", number));
            } else if (department == null) {
                department = application.get().item().leadDepartment().code();
            }
        }
        if (department == null) {
            errors.add(FieldError.of("department", "complaint.department-required"));
        } else if (em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class).setParameter("code", department)
                .getResultList().isEmpty()) {
            errors.add(FieldError.of("department", "complaint.department-unknown", department));
        }
        LocalDate today = watch.today();
        LocalDate acceptBy = calendar.get().addWorkingDays(today, ComplaintStatus.FILED.workingDays());
        errors.addAll(Complaint.problems(channel, name, subject, description));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Complaint complaint = new Complaint(numbers.complaint(today), QueryCode.next(), channel, name, ContactPhone.normalise(phone), number,
                department, subject, description, clock.instant(), acceptBy);
        em.persist(complaint);
        em.flush();
        audit.recordFor(department, actor, "COMPLAINT_FILED", "COMPLAINT", complaint.complaintNumber(), null, ComplaintStatus.FILED,
                complaint.subject(), channel + (number == null ? "" : ", about " + number));
        return new ComplaintReceipt(complaint.complaintNumber(), complaint.queryCode(), acceptBy);
    }

    /** The complainant's view, with the number and query code; a wrong code reads like an unknown number. */
    public ComplaintStatusView status(String complaintNumber, String queryCode) {
        return ComplaintStatusView.of(em.createQuery("SELECT c FROM Complaint c WHERE c.complaintNumber = :number", Complaint.class)
                .setParameter("number", complaintNumber == null ? "" : complaintNumber).getResultStream()
                .filter(c -> c.answersTo(queryCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("complaint.not-found")));
    }

    /** Open complaints first, nearest step deadline first. */
    @RolesAllowed(StaffRole.Names.SUPERVISOR)
    public List<ComplaintView> all(ComplaintStatus status) {
        var query = em.createQuery("SELECT c FROM Complaint c" + (status == null ? "" : " WHERE c.status = :status")
                + " ORDER BY CASE WHEN c.status = :replied THEN 1 ELSE 0 END, c.stepDue, c.id", Complaint.class)
                .setParameter("replied", ComplaintStatus.REPLIED);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(500).getResultList().stream().map(ComplaintView::of).toList();
    }

    @RolesAllowed(StaffRole.Names.SUPERVISOR)
    public ComplaintView accept(long id) {
        Complaint complaint = find(id);
        String me = currentStaff.get().username();
        complaint.accept(me, due(ComplaintStatus.INVESTIGATING));
        return moved(complaint, me, ComplaintStatus.FILED, null);
    }

    @RolesAllowed(StaffRole.Names.SUPERVISOR)
    public ComplaintView decide(long id, String findings, Boolean upheld, String decision) {
        Complaint complaint = find(id);
        String me = currentStaff.get().username();
        complaint.decide(me, findings, upheld, decision, due(ComplaintStatus.DECIDED), clock.instant());
        return moved(complaint, me, ComplaintStatus.INVESTIGATING, Boolean.TRUE.equals(upheld) ? "upheld" : "not upheld");
    }

    @RolesAllowed(StaffRole.Names.SUPERVISOR)
    public ComplaintView reply(long id, String reply) {
        Complaint complaint = find(id);
        String me = currentStaff.get().username();
        complaint.reply(me, reply, clock.instant());
        return moved(complaint, me, ComplaintStatus.DECIDED, null);
    }

    private ComplaintView moved(Complaint complaint, String me, ComplaintStatus from, String detail) {
        em.flush();
        closing.closeAbout("complaint:" + complaint.complaintNumber(), "step " + from + " done");
        audit.recordFor(complaint.departmentCode(), me, "COMPLAINT_" + complaint.status(), "COMPLAINT", complaint.complaintNumber(), from,
                complaint.status(), null, detail);
        return ComplaintView.of(complaint);
    }

    private LocalDate due(ComplaintStatus step) {
        WorkingCalendar days = calendar.get();
        return days.addWorkingDays(watch.today(), step.workingDays());
    }

    private Complaint find(long id) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null) {
            throw new NotFoundException("complaint.not-found");
        }
        return complaint;
    }
}
