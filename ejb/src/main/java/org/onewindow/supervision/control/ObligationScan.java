package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.organisation.StaffRole;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardDraft;
import org.onewindow.supervision.Complaint;
import org.onewindow.supervision.ComplaintStatus;
import org.onewindow.supervision.FollowUpStatus;
import org.onewindow.supervision.Rating;
import org.onewindow.supervision.Urging;
import org.onewindow.supervision.UrgingStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scan's look at what people owe an answer to: urging notices past their day, bad ratings' follow-ups
 * past theirs, complaints whose current step is near or past its deadline. These are few; the cards already
 * on record are read in one query so none is raised twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ObligationScan {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cards cards;

    @Inject
    CardRuleBook rules;

    @Inject
    CalendarCache calendar;

    public int scan(LocalDate today) {
        List<CardDraft> drafts = new ArrayList<>();
        String office = em.createQuery("SELECT s.department.code FROM Staff s WHERE :role MEMBER OF s.roles ORDER BY s.id", String.class)
                .setParameter("role", StaffRole.SUPERVISOR).setMaxResults(1).getResultStream().findFirst().orElse("-");
        if (rules.enabled(CardCause.URGING_UNANSWERED)) {
            em.createQuery("SELECT u FROM Urging u WHERE u.status <> :answered AND u.answerBy < :today", Urging.class)
                    .setParameter("answered", UrgingStatus.ANSWERED).setParameter("today", today).getResultList()
                    .forEach(u -> drafts.add(ObligationCards.urging(u)));
        }
        if (rules.enabled(CardCause.FOLLOW_UP_OVERDUE)) {
            em.createQuery("SELECT r FROM Rating r WHERE r.followUpStatus = :open AND r.followUpDue < :today", Rating.class)
                    .setParameter("open", FollowUpStatus.OPEN).setParameter("today", today).getResultList()
                    .forEach(r -> drafts.add(ObligationCards.followUp(r)));
        }
        boolean near = rules.enabled(CardCause.COMPLAINT_NEAR_DEADLINE);
        boolean overdue = rules.enabled(CardCause.COMPLAINT_OVERDUE);
        if (near || overdue) {
            LocalDate nearFrom = calendar.get().addWorkingDays(today, rules.rule(CardCause.COMPLAINT_NEAR_DEADLINE).daysBefore());
            for (Complaint complaint : em.createQuery("SELECT c FROM Complaint c WHERE c.status IN :open AND c.stepDue <= :near",
                            Complaint.class)
                    .setParameter("open", EnumSet.of(ComplaintStatus.FILED, ComplaintStatus.INVESTIGATING, ComplaintStatus.DECIDED))
                    .setParameter("near", near ? nearFrom : today).getResultList()) {
                if (complaint.stepDue().orElseThrow().isBefore(today)) {
                    if (overdue) {
                        drafts.add(ObligationCards.complaint(complaint, CardCause.COMPLAINT_OVERDUE, office));
                    }
                } else if (near) {
                    drafts.add(ObligationCards.complaint(complaint, CardCause.COMPLAINT_NEAR_DEADLINE, office));
                }
            }
        }
        return raiseNew(drafts);
    }

    private int raiseNew(List<CardDraft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT c.causeKey FROM SupervisionCard c WHERE c.causeKey IN :keys", String.class)
                .setParameter("keys", drafts.stream().map(CardDraft::causeKey).toList()).getResultList());
        int raised = 0;
        for (CardDraft draft : drafts) {
            if (known.contains(draft.causeKey())) {
                continue;
            }
            try {
                if (cards.raise(draft)) {
                    raised++;
                }
            } catch (EJBException race) {
                // on record all the same
            }
        }
        return raised;
    }

    /** The cards of obligations: one per urging, per follow-up, per step of a complaint and colour. */
    static final class ObligationCards {

        private ObligationCards() {
        }

        static CardDraft urging(Urging urging) {
            return new CardDraft(CardCause.URGING_UNANSWERED, CardCause.URGING_UNANSWERED + ":" + urging.id(),
                    urging.applicationNumber(), null, "urging:" + urging.urgingNumber(), urging.departmentCode(), urging.itemCode(),
                    null, null, StaffRole.DIRECTOR, urging.answerBy(), CardWatch.SCAN,
                    "urging " + urging.urgingNumber() + " unanswered since " + urging.answerBy());
        }

        static CardDraft followUp(Rating rating) {
            return new CardDraft(CardCause.FOLLOW_UP_OVERDUE, CardCause.FOLLOW_UP_OVERDUE + ":" + rating.id(),
                    rating.applicationNumber(), null, "rating:" + rating.id(), rating.departmentCode(), rating.itemCode(), null, null,
                    StaffRole.DIRECTOR, rating.followUpDue().orElse(null), CardWatch.SCAN,
                    "follow-up of a " + rating.grade() + " rating unanswered since " + rating.followUpDue().orElse(null));
        }

        /** A complaint's step is the supervision office's own obligation: its card is the office's, not the complained-about department's. */
        static CardDraft complaint(Complaint complaint, CardCause cause, String office) {
            String ref = "complaint:" + complaint.complaintNumber();
            return new CardDraft(cause, cause + ":" + complaint.id() + ":" + complaint.status(), complaint.applicationNumber().orElse(null),
                    null, ref, office, null, complaint.status().name(), complaint.handler().orElse(null),
                    complaint.handler().isPresent() ? null : StaffRole.SUPERVISOR, complaint.stepDue().orElse(null), CardWatch.SCAN,
                    "complaint " + complaint.complaintNumber() + " at step " + complaint.status() + ", due " + complaint.stepDue().orElse(null));
        }
    }
}
