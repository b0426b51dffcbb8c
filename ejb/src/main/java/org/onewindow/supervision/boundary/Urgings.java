package org.onewindow.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.audit.control.RefusalAudit;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.supervision.Urging;
import org.onewindow.supervision.UrgingStatus;
import org.onewindow.supervision.control.CardClosing;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.DepartmentPeople;
import org.onewindow.supervision.control.Numbers;
import org.onewindow.supervision.control.UrgingNotice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Urging (催办/督办): a supervisor sends a department an urging notice about a case, with a reason and a day
 * to answer by, printed as 催办通知书; the department acknowledges and answers. Urgings are counted per case
 * and per department (a measure of the department scores).
 */
@Stateless
@RolesAllowed({StaffRole.Names.SUPERVISOR, StaffRole.Names.LEADER, StaffRole.Names.WINDOW_CLERK, StaffRole.Names.DEPARTMENT_CLERK,
        StaffRole.Names.SECTION_CHIEF, StaffRole.Names.DIRECTOR})
@Interceptors(RefusalAudit.class)
public class Urgings {

    static final int LATEST_WORKING_DAYS = 30;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
    Notifier notifier;

    @Inject
    CalendarCache calendar;

    @Inject
    CardWatch watch;

    @Inject
    CardClosing closing;

    @Inject
    DepartmentPeople people;

    @Inject
    Clock clock;

    /** Issues an urging notice to a department working on a running case (or its lead department). */
    @RolesAllowed(StaffRole.Names.SUPERVISOR)
    public UrgingView issue(String number, String departmentCode, String reason, LocalDate answerBy) {
        Staff supervisor = currentStaff.get();
        Application application = applications.get(number);
        if (!application.status().isRunning()) {
            throw new DomainException("urging.case-not-running", application.status());
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw InvalidInputException.of("department", "urging.department-required");
        }
        Optional<SubApplication> part = em.createQuery("""
                        SELECT s FROM SubApplication s WHERE s.application = :application AND s.department.code = :department""",
                        SubApplication.class)
                .setParameter("application", application).setParameter("department", departmentCode).getResultStream().findFirst();
        boolean lead = application.item().leadDepartment().code().equals(departmentCode);
        if (part.isEmpty() && !lead) {
            throw InvalidInputException.of("department", "urging.department-not-on-case", departmentCode);
        }
        LocalDate today = watch.today();
        Urging urging = new Urging(numbers.urging(today), number, departmentCode, application.item().code(), reason, answerBy, today,
                calendar.get().addWorkingDays(today, LATEST_WORKING_DAYS), supervisor.username(), clock.instant());
        em.persist(urging);
        em.flush();
        audit.recordFor(departmentCode, supervisor.username(), "URGED", "APPLICATION", number, null, UrgingStatus.ISSUED,
                urging.reason(), urging.urgingNumber() + ", answer by " + answerBy);
        Set<String> told = new HashSet<>(people.chiefsAndDirector(departmentCode));
        part.flatMap(SubApplication::assignee).ifPresent(told::add);
        notifier.tellStaff(List.copyOf(told), NotificationKind.URGING_ISSUED, number, Map.of("urging", urging.urgingNumber(),
                "reason", urging.reason(), "answerBy", answerBy.toString()));
        return UrgingView.of(urging);
    }

    /** The 催办通知书 as PDF: for supervisors, leaders and the urged department. */
    public byte[] notice(long id) {
        Urging urging = visible(id);
        Application application = applications.get(urging.applicationNumber());
        Optional<SubApplication> part = em.createQuery("""
                        SELECT s FROM SubApplication s WHERE s.application = :application AND s.department.code = :department""",
                        SubApplication.class)
                .setParameter("application", application).setParameter("department", urging.departmentCode()).getResultStream()
                .findFirst();
        Department department = em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
                .setParameter("code", urging.departmentCode()).getSingleResult();
        Staff issuer = em.createQuery("SELECT s FROM Staff s WHERE s.username = :username", Staff.class)
                .setParameter("username", urging.issuedBy()).getSingleResult();
        long times = em.createQuery("SELECT COUNT(u) FROM Urging u WHERE u.applicationNumber = :number AND u.id <= :id", Long.class)
                .setParameter("number", urging.applicationNumber()).setParameter("id", urging.id()).getSingleResult();
        return new UrgingNotice().render(new UrgingNotice.Facts(urging.urgingNumber(), department.name(), urging.applicationNumber(),
                application.item().name(), application.applicant().name(), part.map(SubApplication::stageName).orElse(null),
                part.map(SubApplication::stageDeadline).orElse(application.promisedDate().orElse(null)), urging.reason(),
                urging.answerBy(), issuer.department().name(), urging.issuedAt().atZone(CHINA).toLocalDate(), (int) times));
    }

    /** Urgings to my department, unanswered first. */
    public List<UrgingView> toMyDepartment() {
        Staff me = currentStaff.get();
        return em.createQuery("""
                        SELECT u FROM Urging u WHERE u.departmentCode = :department
                        ORDER BY CASE WHEN u.status = :answered THEN 1 ELSE 0 END, u.answerBy, u.id""", Urging.class)
                .setParameter("department", me.department().code()).setParameter("answered", UrgingStatus.ANSWERED)
                .setMaxResults(500).getResultList().stream().map(UrgingView::of).toList();
    }

    public UrgingView acknowledge(long id) {
        Staff me = currentStaff.get();
        Urging urging = find(id);
        urging.acknowledge(me, clock.instant());
        em.flush();
        audit.recordFor(urging.departmentCode(), me.username(), "URGING_ACKNOWLEDGED", "APPLICATION", urging.applicationNumber(),
                UrgingStatus.ISSUED, UrgingStatus.ACKNOWLEDGED, null, urging.urgingNumber());
        return UrgingView.of(urging);
    }

    public UrgingView answer(long id, String text) {
        Staff me = currentStaff.get();
        Urging urging = find(id);
        UrgingStatus before = urging.status();
        urging.answer(me, text, clock.instant());
        em.flush();
        closing.closeAbout("urging:" + urging.urgingNumber(), "answered");
        audit.recordFor(urging.departmentCode(), me.username(), "URGING_ANSWERED", "APPLICATION", urging.applicationNumber(),
                before, UrgingStatus.ANSWERED, urging.answer().orElseThrow(), urging.urgingNumber());
        return UrgingView.of(urging);
    }

    /** How often the case was urged, per department urged. */
    @RolesAllowed({StaffRole.Names.SUPERVISOR, StaffRole.Names.LEADER})
    public List<UrgingCount> perDepartmentOf(String number) {
        applications.get(number);
        return counts("u.applicationNumber = :number", Map.of("number", number));
    }

    /** How often each department was urged in a period [from, to). */
    @RolesAllowed({StaffRole.Names.SUPERVISOR, StaffRole.Names.LEADER})
    public List<UrgingCount> perDepartment(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw InvalidInputException.of("to", "statistics.period");
        }
        return counts("u.issuedAt >= :from AND u.issuedAt < :to", Map.of("from", from.atStartOfDay(CHINA).toInstant(),
                "to", to.atStartOfDay(CHINA).toInstant()));
    }

    private List<UrgingCount> counts(String where, Map<String, Object> parameters) {
        var query = em.createQuery("""
                        SELECT u.departmentCode, COUNT(u), SUM(CASE WHEN u.status = :answered THEN 0 ELSE 1 END)
                        FROM Urging u""" + " WHERE " + where + " GROUP BY u.departmentCode ORDER BY u.departmentCode", Object[].class)
                .setParameter("answered", UrgingStatus.ANSWERED);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new UrgingCount((String) row[0], (Long) row[1], ((Number) row[2]).longValue())).toList();
    }

    private Urging find(long id) {
        Urging urging = em.find(Urging.class, id);
        if (urging == null) {
            throw new NotFoundException("urging.not-found", id);
        }
        return urging;
    }

    /** Supervisors and leaders see every urging; a department's staff only those to their department. */
    private Urging visible(long id) {
        Urging urging = find(id);
        Staff me = currentStaff.get();
        if (!me.has(StaffRole.SUPERVISOR) && !me.has(StaffRole.LEADER) && !me.department().code().equals(urging.departmentCode())) {
            throw new NotYourDepartmentException(me.department().name(), urging.departmentCode());
        }
        return urging;
    }
}
