package org.onewindow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.onewindow.audit.control.RefusalAudit;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.ProcedureChecks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.approval.JointReview;
import org.onewindow.approval.JointReviewOpinion;
import org.onewindow.approval.JointReviewStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplication;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;
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
import org.onewindow.shared.PermissionDeniedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joint review mode (联审制): the lead department's window convenes a meeting of the departments still
 * working on a parallel case, their representatives record their opinions in it, and the window
 * concludes it with the minutes. Each recorded opinion is then that department's answer, sent back to
 * the lead department over JMS like any other.
 */
@Stateless
@RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.DEPARTMENT_CLERK, StaffRole.Names.SECTION_CHIEF,
        StaffRole.Names.DIRECTOR})
@Interceptors(RefusalAudit.class)
public class JointReviews {

    private static final java.time.format.DateTimeFormatter MEETING_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final EnumSet<StaffRole> REPRESENTATIVES =
            EnumSet.of(StaffRole.DEPARTMENT_CLERK, StaffRole.SECTION_CHIEF, StaffRole.DIRECTOR);

    @PersistenceContext
    EntityManager em;

    @Inject
    CardWatch cardWatch;

    @Inject
    ProcedureChecks procedure;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** Invites the named departments, or every department still working on the case, with at least a day's notice. */
    public JointReviewView convene(String number, Instant scheduledAt, String place, List<String> departmentCodes) {
        Staff me = currentStaff.get();
        Application application = leadCase(me, number);
        if (!application.item().isParallel() || !application.status().isRunning() || application.collectedAt().isPresent()) {
            throw new DomainException("joint-review.case-not-open", application.status());
        }
        List<SubApplication> open = em.createQuery("""
                        SELECT s FROM SubApplication s WHERE s.application = :application AND s.part = :cooperating""", SubApplication.class)
                .setParameter("application", application).setParameter("cooperating", PartKind.COOPERATING).getResultList()
                .stream().filter(s -> s.status().isOpen()).toList();
        List<Department> invited = new ArrayList<>();
        if (departmentCodes == null || departmentCodes.isEmpty()) {
            open.forEach(s -> invited.add(s.department()));
        } else {
            for (String code : departmentCodes) {
                invited.add(open.stream().filter(s -> s.department().code().equals(code)).findFirst()
                        .orElseThrow(() -> InvalidInputException.of("departments", "joint-review.department-not-working", String.valueOf(code)))
                        .department());
            }
        }
        Instant now = clock.instant();
        JointReview review = new JointReview(application, scheduledAt, place, invited, me.username(), now, OfficeHours.standard().zone());
        em.persist(review);
        String codes = invited.stream().map(Department::code).collect(Collectors.joining(","));
        audit.record(me.username(), "JOINT_REVIEW_SCHEDULED", "APPLICATION", number, null, null, review.place(),
                "at " + scheduledAt + " with " + codes);
        List<String> representatives = em.createQuery("""
                        SELECT DISTINCT s.username FROM Staff s JOIN s.roles r
                        WHERE s.department IN :departments AND r IN :roles AND s.active = TRUE""", String.class)
                .setParameter("departments", invited).setParameter("roles", REPRESENTATIVES).getResultList();
        notifier.tellStaff(representatives, NotificationKind.JOINT_REVIEW_SCHEDULED, number, Map.of(
                "item", application.item().name(), "meetingTime", MEETING_TIME.format(scheduledAt.atZone(OfficeHours.standard().zone())),
                "place", review.place()));
        return JointReviewView.of(review);
    }

    /** The meetings of a case, for its lead department. */
    public List<JointReviewView> ofCase(String number) {
        Application application = leadCase(currentStaff.get(), number);
        return em.createQuery("SELECT r FROM JointReview r WHERE r.application = :application ORDER BY r.scheduledAt", JointReview.class)
                .setParameter("application", application).getResultList().stream().map(JointReviewView::of).toList();
    }

    /** The scheduled meetings my department is invited to, soonest first. */
    public List<JointReviewView> invitations() {
        Staff me = currentStaff.get();
        return em.createQuery("""
                        SELECT DISTINCT r FROM JointReview r JOIN r.opinions o
                        WHERE o.department = :department AND r.status = :scheduled ORDER BY r.scheduledAt""", JointReview.class)
                .setParameter("department", me.department()).setParameter("scheduled", JointReviewStatus.SCHEDULED)
                .getResultList().stream().map(JointReviewView::of).toList();
    }

    /** My department's opinion, recorded in the meeting by one of its staff. */
    public JointReviewView record(long reviewId, boolean agrees, String opinion) {
        Staff me = currentStaff.get();
        JointReview review = find(reviewId);
        if (!review.invites(me.department())) {
            throw new NotYourDepartmentException(me.department().name(), review.application().item().leadDepartment().name());
        }
        if (me.roles().stream().noneMatch(REPRESENTATIVES::contains)) {
            throw new PermissionDeniedException("joint-review.not-a-representative");
        }
        review.record(me.department(), agrees, opinion, me.username(), clock.instant());
        em.flush();
        audit.recordFor(me.department().code(), me.username(), "JOINT_REVIEW_OPINION", "APPLICATION",
                review.application().applicationNumber(), null, agrees ? "AGREED" : "DISAGREED", opinion, "meeting " + reviewId);
        return JointReviewView.of(review);
    }

    /**
     * Closes the meeting with its minutes. Each department that recorded an opinion has answered:
     * its part is decided and the answer travels to the lead department like any other.
     */
    public JointReviewView conclude(long reviewId, String minutes) {
        Staff me = currentStaff.get();
        JointReview review = find(reviewId);
        Application application = leadCase(me, review.application().applicationNumber());
        Instant now = clock.instant();
        List<JointReviewOpinion> recorded = review.conclude(minutes, now);
        List<String> decided = new ArrayList<>();
        for (JointReviewOpinion opinion : recorded) {
            SubApplication sub = em.createQuery("""
                            SELECT s FROM SubApplication s WHERE s.application = :application AND s.department = :department""",
                            SubApplication.class)
                    .setParameter("application", application).setParameter("department", opinion.department())
                    .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT).getSingleResult();
            if (sub.decideInJointReview(opinion.agreed().orElseThrow(), opinion.opinion().orElseThrow(),
                    opinion.recordedBy().orElseThrow(), now)) {
                cardWatch.task(sub);
                procedure.refused(sub, opinion.recordedBy().orElseThrow());
                outbox.reportDecision(Envelope.decided(sub.id(), application.applicationNumber(), sub.department().code()));
                decided.add(sub.department().code() + ":" + sub.status());
            }
        }
        em.flush();
        audit.record(me.username(), "JOINT_REVIEW_CONCLUDED", "APPLICATION", application.applicationNumber(), null, null,
                null, "meeting " + reviewId + "; answers " + String.join(",", decided));
        return JointReviewView.of(review);
    }

    private JointReview find(long id) {
        JointReview review = em.find(JointReview.class, id);
        if (review == null) {
            throw new NotFoundException("joint-review.not-found", id);
        }
        return review;
    }

    /** A case of my department as its lead department, for its window clerks only. */
    private Application leadCase(Staff me, String number) {
        Application application = applications.get(number);
        if (!me.has(StaffRole.WINDOW_CLERK) || !application.item().leadDepartment().code().equals(me.department().code())) {
            throw new NotYourDepartmentException(me.department().name(), application.item().leadDepartment().name());
        }
        return application;
    }
}
