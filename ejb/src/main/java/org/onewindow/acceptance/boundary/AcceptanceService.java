package org.onewindow.acceptance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.onewindow.audit.control.RefusalAudit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.acceptance.control.NoticeKind;
import org.onewindow.acceptance.control.Notices;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.control.PartStaff;
import org.onewindow.shared.DomainException;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.catalogue.Cooperation;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.ProcedureChecks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The window's three answers to a submitted case: accept (the clock starts), reject with a reason,
 * or ask for corrections. Only window clerks of the item's lead department may give them.
 */
@Stateless
@RolesAllowed(StaffRole.Names.WINDOW_CLERK)
@Interceptors(RefusalAudit.class)
public class AcceptanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CalendarCache calendar;

    @Inject
    AuditTrail audit;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    org.onewindow.approval.boundary.SubApplications subApplications;

    @Inject
    Notifier notifier;

    @Inject
    PartStaff partStaff;

    @Inject
    DepartmentWork departmentWork;

    @Inject
    CardWatch cardWatch;

    @Inject
    ProcedureChecks procedure;

    /** The window's queue: cases of my department waiting for an answer, oldest first. */
    public List<ApplicationView> queue() {
        Staff clerk = currentStaff.get();
        return em.createQuery("""
                        SELECT a FROM Application a
                        WHERE a.status = :status AND a.item.leadDepartment.code = :department
                        ORDER BY a.submittedAt""", Application.class)
                .setParameter("status", ApplicationStatus.SUBMITTED)
                .setParameter("department", clerk.department().code())
                .setMaxResults(500)
                .getResultList().stream().map(ApplicationView::of).toList();
    }

    public ApplicationView view(String number) {
        Staff clerk = currentStaff.get();
        return ApplicationView.of(ownCase(clerk, number));
    }

    public ApplicationView accept(String number) {
        Staff clerk = currentStaff.get();
        Application application = ownCase(clerk, number);
        ApplicationStatus before = application.status();
        Instant now = clock.instant();
        WorkingCalendar workingDays = calendar.get();
        application.accept(clerk.username(), clerk.department(), now, workingDays);
        cardWatch.caseOf(application);
        procedure.accepted(application);
        applications.flush(application);
        audit.record(clerk.username(), "ACCEPT", "APPLICATION", number, before, ApplicationStatus.ACCEPTED, null,
                "promised date " + application.promisedDate().orElseThrow());
        if (application.status() == ApplicationStatus.APPROVED) {
            audit.record(clerk.username(), "APPROVE", "APPLICATION", number, ApplicationStatus.ACCEPTED,
                    ApplicationStatus.APPROVED, null, "instant item decided at acceptance");
        }
        if (application.item().isParallel()) {
            fanOut(application, now, workingDays);
            audit.record(clerk.username(), "FAN_OUT", "APPLICATION", number, null, null, null,
                    application.item().cooperations().size() + " departments: " + application.item().cooperations().stream()
                            .map(c -> c.department().code()).collect(java.util.stream.Collectors.joining(",")));
        } else if (application.status() == ApplicationStatus.ACCEPTED) {
            // a single-department item goes straight to the lead department's own stages
            SubApplication lead = SubApplication.lead(application, now, workingDays);
            em.persist(lead);
            partStaff.stageEntered(lead);
            cardWatch.task(lead);
        }
        notifier.tellApplicant(number, NotificationKind.ACCEPTED, Map.of("item", application.item().name(),
                "promisedDate", application.promisedDate().orElseThrow().toString()));
        if (application.status() == ApplicationStatus.APPROVED) {
            notifier.tellApplicant(number, NotificationKind.APPROVED, Map.of("item", application.item().name()));
        }
        return ApplicationView.of(application);
    }

    /** One sub-application per cooperating department, each routed by a message sent in this same transaction. */
    private void fanOut(Application application, Instant acceptedAt, WorkingCalendar workingDays) {
        for (Cooperation cooperation : application.item().cooperations()) {
            SubApplication sub = SubApplication.cooperating(application, cooperation.department(), cooperation.timeLimit(),
                    acceptedAt, workingDays);
            em.persist(sub);
            cardWatch.task(sub);
            outbox.route(Envelope.routed(sub.id(), application.applicationNumber(), cooperation.department().code()));
        }
    }

    /**
     * The lead department's decision (集中回复), given at the last stage of its own part once every
     * department has answered; the same action as on the task, from the window.
     */
    public ApplicationView decide(String number, boolean approve, String opinion) {
        Application application = ownCase(currentStaff.get(), number);
        SubApplication lead = em.createQuery("SELECT s FROM SubApplication s WHERE s.application = :application AND s.part = :lead",
                        SubApplication.class).setParameter("application", application).setParameter("lead", PartKind.LEAD)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(application.item().isParallel() && application.status().isRunning()
                        ? "application.waiting-for-departments" : "application.nothing-to-decide", application.status()));
        departmentWork.decide(lead.id(), approve, opinion);
        return ApplicationView.of(application);
    }

    /** Every department's part of a parallel case, with its decision and opinion. */
    public List<org.onewindow.approval.boundary.SubApplicationView> departments(String number) {
        Application application = ownCase(currentStaff.get(), number);
        return subApplications.of(application);
    }

    public ApplicationView reject(String number, String reason) {
        Staff clerk = currentStaff.get();
        Application application = ownCase(clerk, number);
        ApplicationStatus before = application.status();
        application.reject(clerk.department(), reason, clock.instant());
        procedure.rejected(application, clerk.username());
        applications.flush(application);
        audit.record(clerk.username(), "REJECT", "APPLICATION", number, before, application.status(), reason, null);
        notifier.tellApplicant(number, NotificationKind.REJECTED, Map.of("item", application.item().name(),
                "reason", application.refusalReason().orElseThrow()));
        return ApplicationView.of(application);
    }

    public ApplicationView requestCorrection(String number, List<String> missing, String note) {
        Staff clerk = currentStaff.get();
        Application application = ownCase(clerk, number);
        ApplicationStatus before = application.status();
        application.requestCorrection(clerk.department(), missing, note);
        applications.flush(application);
        audit.record(clerk.username(), "REQUEST_CORRECTION", "APPLICATION", number, before, application.status(), note,
                String.join("；", application.corrections()));
        notifier.tellApplicant(number, NotificationKind.CORRECTION_REQUESTED, Map.of("item", application.item().name(),
                "corrections", String.join("；", application.corrections())));
        return ApplicationView.of(application);
    }

    /** The case's audit trail, oldest first; only for the lead department's clerks. */
    public List<HistoryEntry> history(String number) {
        ownCase(currentStaff.get(), number);
        return audit.of("APPLICATION", number).stream().map(HistoryEntry::of).toList();
    }

    public byte[] notice(String number, NoticeKind kind) {
        return notices.render(ownCase(currentStaff.get(), number), kind);
    }

    /** A clerk sees only cases of their own department; another department's case is refused (and audited, see RefusalAudit). */
    private Application ownCase(Staff clerk, String number) {
        Application application = applications.get(number);
        if (!application.item().leadDepartment().code().equals(clerk.department().code())) {
            throw new NotYourDepartmentException(clerk.department().name(), application.item().leadDepartment().name());
        }
        return application;
    }
}
