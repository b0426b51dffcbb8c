package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.Messages;
import org.onewindow.supervision.CardDraft;
import org.onewindow.supervision.SupervisionCard;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Raises a card, once per cause key, in a transaction of its own, and tells the responsible clerk, the
 * department's section chiefs and the supervisors (notifications queue, after this commits). A cause already
 * on record raises nothing; two paths that see the same cause at once meet at the unique key, and the loser's
 * transaction rolls back alone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Cards {

    private static final Logger LOG = Logger.getLogger(Cards.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DepartmentPeople people;

    /** True when the card was raised now, false when its cause was already on record. */
    public boolean raise(CardDraft draft) {
        if (exists(draft.causeKey())) {
            return false;
        }
        SupervisionCard card = new SupervisionCard(draft, clock.instant());
        em.persist(card);
        em.flush();
        audit.recordFor(draft.departmentCode(), draft.raisedBy(), "CARD_RAISED", draft.applicationNumber() != null ? "APPLICATION" : "CARD",
                draft.applicationNumber() != null ? draft.applicationNumber() : draft.causeKey(), null, card.color(),
                null, draft.cause() + (draft.stageName() == null ? "" : " at " + draft.stageName()) + ", due " + draft.dueDate());
        tell(card, draft);
        LOG.fine(() -> card.color() + " card " + draft.causeKey());
        return true;
    }

    public boolean exists(String causeKey) {
        return !em.createQuery("SELECT c.id FROM SupervisionCard c WHERE c.causeKey = :key", Long.class)
                .setParameter("key", causeKey).setMaxResults(1).getResultList().isEmpty();
    }

    private void tell(SupervisionCard card, CardDraft draft) {
        Set<String> told = new LinkedHashSet<>();
        if (draft.responsible() != null) {
            told.add(draft.responsible());
        } else if (draft.responsibleRole() != null) {
            told.addAll(people.holders(draft.departmentCode(), draft.responsibleRole()));
        }
        told.addAll(people.holders(draft.departmentCode(), StaffRole.SECTION_CHIEF));
        told.addAll(people.supervisors());
        Map<String, String> facts = new HashMap<>();
        facts.put("card", describe(Locale.SIMPLIFIED_CHINESE, card));
        facts.put("cardEn", describe(Locale.ENGLISH, card));
        facts.put("subject", draft.applicationNumber() != null ? draft.applicationNumber() : draft.subjectRef());
        facts.put("deadline", draft.dueDate() == null ? "-" : draft.dueDate().toString());
        notifier.tellStaff(List.copyOf(told), NotificationKind.CARD_RAISED, draft.applicationNumber(), facts);
    }

    private static String describe(Locale locale, SupervisionCard card) {
        return Messages.text(locale, "enum.CardColor." + card.color().name()) + " " + Messages.text(locale, "enum.CardCause." + card.cause().name());
    }

}
