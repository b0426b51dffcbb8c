package org.onewindow.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.supervision.CardStatus;

import java.time.Clock;

/** Closes the cards of an obligation that was met (an urging answered, a follow-up answered, a complaint's step done): kept on record. */
@Dependent
public class CardClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public int closeAbout(String subjectRef, String why) {
        return em.createQuery("""
                        UPDATE SupervisionCard c SET c.status = :closed, c.closedAt = :now, c.closedReason = :why
                        WHERE c.subjectRef = :ref AND c.status = :active""")
                .setParameter("closed", CardStatus.CLOSED).setParameter("active", CardStatus.ACTIVE).setParameter("now", clock.instant())
                .setParameter("why", why).setParameter("ref", subjectRef).executeUpdate();
    }
}
