package org.onewindow.statistics.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Closes finished months into summary rows, oldest first, each month in a transaction of its own: from the month of the
 * first acceptance up to the month before the current one. Two servers closing the same month meet at its marker's key.
 */
@Stateless
@PermitAll
public class MonthClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthSummaries summaries;

    @Inject
    Counting counting;

    @Inject
    Clock clock;

    @Inject
    MonthClosing self;

    /** The months closed now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<YearMonth> closeFinishedMonths() {
        YearMonth current = YearMonth.from(clock.instant().atZone(MonthSummaries.CHINA));
        Instant first = self.firstAcceptance();
        List<YearMonth> closed = new ArrayList<>();
        if (first == null) {
            return closed;
        }
        YearMonth month = self.firstOpenMonth().orElse(YearMonth.from(first.atZone(MonthSummaries.CHINA)));
        for (; month.isBefore(current); month = month.plusMonths(1)) {
            self.close(month);
            closed.add(month);
        }
        return closed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Instant firstAcceptance() {
        return em.createQuery("SELECT MIN(a.acceptedAt) FROM Application a", Instant.class).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public java.util.Optional<YearMonth> firstOpenMonth() {
        return summaries.firstOpenMonth();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(YearMonth month) {
        if (!summaries.isClosed(month)) {
            summaries.close(month, counting.registrationItems(), clock.instant());
        }
    }
}
