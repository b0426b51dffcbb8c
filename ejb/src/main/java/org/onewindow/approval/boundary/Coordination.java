package org.onewindow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.onewindow.audit.control.RefusalAudit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.control.AnswerCollection;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.catalogue.Cooperation;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The lead department (or an administrator) changes which departments work on a running parallel
 * case: adds one with its time limit, or withdraws one, each with a reason. The collection then waits
 * for exactly the departments that are current.
 */
@Stateless
@RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.ADMINISTRATOR})
@Interceptors(RefusalAudit.class)
public class Coordination {

    static final int MAX_LIMIT_WORKING_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CalendarCache calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    AnswerCollection collection;

    @Inject
    CardWatch cardWatch;

    @Inject
    Clock clock;

    public SubApplicationView addDepartment(String number, String departmentCode, Integer workingDays, String reason) {
        Staff me = currentStaff.get();
        Application application = coordinatedCase(me, number);
        String why = requireReason(reason);
        Department department = department(departmentCode);
        TimeLimit limit = limit(application, department, workingDays);
        Instant now = clock.instant();
        WorkingCalendar days = calendar.get();
        Optional<SubApplication> earlier = part(application, department);
        SubApplication sub;
        if (earlier.isPresent()) {
            sub = earlier.get();
            sub.reinstate(limit, now, days);
        } else {
            sub = SubApplication.cooperating(application, department, limit, now, days);
            em.persist(sub);
        }
        cardWatch.task(sub);
        em.flush();
        outbox.route(Envelope.routed(sub.id(), number, department.code(), sub.rounds()));
        audit.recordFor(department.code(), me.username(), "DEPARTMENT_ADDED", "APPLICATION", number, null, null, why,
                department.code() + ", " + limit + ", deadline " + sub.deadline());
        return SubApplicationView.of(sub);
    }

    public SubApplicationView withdrawDepartment(String number, String departmentCode, String reason) {
        Staff me = currentStaff.get();
        Application application = coordinatedCase(me, number);
        String why = requireReason(reason);
        Department department = department(departmentCode);
        SubApplication sub = part(application, department)
                .orElseThrow(() -> InvalidInputException.of("department", "coordination.department-not-on-case", department.name()));
        Instant now = clock.instant();
        if (sub.withdraw()) {
            application.restartClock(now, calendar.get());
        }
        cardWatch.task(sub);
        cardWatch.caseOf(application);
        audit.recordFor(department.code(), me.username(), "DEPARTMENT_WITHDRAWN", "APPLICATION", number, null, null, why,
                department.code());
        collection.afterAnswer(application, null, now, me.username(), department.code() + " withdrawn");
        em.flush();
        return SubApplicationView.of(sub);
    }

    /** A running parallel case whose collection is still open, locked; only its lead department's window or an administrator. */
    private Application coordinatedCase(Staff me, String number) {
        Application found = applications.get(number);
        boolean administrator = me.has(StaffRole.ADMINISTRATOR);
        if (!administrator && !found.item().leadDepartment().code().equals(me.department().code())) {
            throw new NotYourDepartmentException(me.department().name(), found.item().leadDepartment().name());
        }
        Application application = found;
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        if (!application.item().isParallel() || !application.status().isRunning()) {
            throw new DomainException("coordination.not-a-running-parallel-case", application.status());
        }
        if (application.collectedAt().isPresent()) {
            throw new DomainException("coordination.collection-complete");
        }
        return application;
    }

    private Optional<SubApplication> part(Application application, Department department) {
        return em.createQuery("SELECT s FROM SubApplication s WHERE s.application = :application AND s.department = :department",
                        SubApplication.class)
                .setParameter("application", application).setParameter("department", department).getResultStream().findFirst();
    }

    private Department department(String code) {
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("department", "catalogue.department.not-found", String.valueOf(code)));
    }

    /** The item's own limit for a department it names; otherwise the one given, in working days. */
    private static TimeLimit limit(Application application, Department department, Integer workingDays) {
        if (workingDays != null) {
            if (workingDays < 1 || workingDays > MAX_LIMIT_WORKING_DAYS) {
                throw InvalidInputException.of("workingDays", "coordination.limit-range", MAX_LIMIT_WORKING_DAYS);
            }
            return TimeLimit.workingDays(workingDays);
        }
        return application.item().cooperation(department).map(Cooperation::timeLimit)
                .orElseThrow(() -> InvalidInputException.of("workingDays", "coordination.limit-required", department.name()));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "task.reason-required");
        }
        if (reason.length() > 1000) {
            throw InvalidInputException.of("reason", "application.reason.too-long", 1000);
        }
        return reason.strip();
    }
}
