package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Raises the cards a change of state made due, after that change committed: a failure here (the same cause
 * raised at that instant by the scan) never undoes a clerk's work, and the scan raises what is still missing.
 */
@Stateless
@PermitAll
public class CardRaiser {

    private static final Logger LOG = Logger.getLogger(CardRaiser.class.getName());

    @Inject
    Cards cards;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardDue due) {
        try {
            cards.raise(due.draft());
        } catch (EJBException raceOrFailure) {
            LOG.fine(() -> "Card " + due.draft().causeKey() + " not raised now (" + raceOrFailure + "); the scan looks again");
        }
    }
}
