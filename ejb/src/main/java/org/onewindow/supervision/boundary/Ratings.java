package org.onewindow.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.Messages;
import org.onewindow.shared.NotFoundException;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.FollowUpStatus;
import org.onewindow.supervision.Rating;
import org.onewindow.supervision.RatingGrade;
import org.onewindow.supervision.control.CardClosing;
import org.onewindow.supervision.control.CardRuleBook;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.DepartmentPeople;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ratings (好差评, GB/T 39734): the applicant rates a finished case once, with the number and query code and a
 * comment; a bad rating opens a follow-up (整改/回访) the lead department answers within the rule's working days,
 * or a red card is raised.
 */
@Stateless
@PermitAll
public class Ratings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CalendarCache calendar;

    @Inject
    CardRuleBook rules;

    @Inject
    CardWatch watch;

    @Inject
    CardClosing closing;

    @Inject
    DepartmentPeople people;

    @Inject
    Clock clock;

    /** The applicant's rating; a second one for the same case is refused. */
    public RatingView rate(String number, String queryCode, RatingGrade grade, String comment) {
        Application application = applications.getForApplicant(number, queryCode);
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        if (!em.createQuery("SELECT r.id FROM Rating r WHERE r.applicationNumber = :number", Long.class).setParameter("number", number)
                .getResultList().isEmpty()) {
            throw new DomainException("rating.already");
        }
        LocalDate today = watch.today();
        LocalDate followUpDue = calendar.get().addWorkingDays(today, rules.rule(CardCause.FOLLOW_UP_OVERDUE).workingDays());
        Rating rating = new Rating(application, grade, comment, clock.instant(), followUpDue);
        em.persist(rating);
        em.flush();
        audit.recordFor(rating.departmentCode(), "applicant", "RATED", "APPLICATION", number, null, grade, rating.comment().orElse(null),
                null);
        if (grade.isBad()) {
            notifier.tellStaff(people.chiefsAndDirector(rating.departmentCode()), NotificationKind.FOLLOW_UP_OPENED, number, Map.of(
                    "grade", Messages.text(Locale.SIMPLIFIED_CHINESE, "enum.RatingGrade." + grade.name()),
                    "gradeEn", Messages.text(Locale.ENGLISH, "enum.RatingGrade." + grade.name()),
                    "answerBy", followUpDue.toString()));
        }
        return RatingView.of(rating);
    }

    /** The open follow-ups of my department, nearest deadline first. */
    @RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.DEPARTMENT_CLERK, StaffRole.Names.SECTION_CHIEF,
            StaffRole.Names.DIRECTOR, StaffRole.Names.SUPERVISOR})
    public List<RatingView> followUps() {
        Staff me = currentStaff.get();
        boolean all = me.has(StaffRole.SUPERVISOR);
        var query = em.createQuery("SELECT r FROM Rating r WHERE r.followUpStatus IS NOT NULL"
                + (all ? "" : " AND r.departmentCode = :department") + " ORDER BY r.followUpStatus DESC, r.followUpDue, r.id", Rating.class);
        if (!all) {
            query.setParameter("department", me.department().code());
        }
        return query.setMaxResults(500).getResultList().stream().map(RatingView::of).toList();
    }

    @RolesAllowed({StaffRole.Names.WINDOW_CLERK, StaffRole.Names.DEPARTMENT_CLERK, StaffRole.Names.SECTION_CHIEF,
            StaffRole.Names.DIRECTOR})
    public RatingView answerFollowUp(long id, String answer) {
        Staff me = currentStaff.get();
        Rating rating = em.find(Rating.class, id);
        if (rating == null) {
            throw new NotFoundException("rating.not-found", id);
        }
        rating.answerFollowUp(me, answer, clock.instant());
        em.flush();
        closing.closeAbout("rating:" + rating.id(), "follow-up answered");
        audit.recordFor(rating.departmentCode(), me.username(), "FOLLOW_UP_ANSWERED", "APPLICATION", rating.applicationNumber(),
                FollowUpStatus.OPEN, FollowUpStatus.ANSWERED, rating.followUpAnswer().orElseThrow(), null);
        return RatingView.of(rating);
    }
}
