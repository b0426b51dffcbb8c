package org.onewindow.statistics.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Counts straight from the cases, for a stretch of time [from, to): accepted by acceptance time, completed by decision
 * time (with their on-time flags and working days measured when they were decided), fees by collection time. Five
 * grouped queries, each a range of one index (acceptance, decision, routing, collection); projections only.
 */
@Dependent
public class LiveCounts {

    @PersistenceContext
    EntityManager em;

    public Tallies between(Instant from, Instant to, Set<String> registrationItems) {
        Tallies tallies = new Tallies();
        if (!from.isBefore(to)) {
            return tallies;
        }
        em.createQuery("""
                        SELECT d.code, i.code, COUNT(*) FROM Application a JOIN a.item i JOIN i.leadDepartment d
                        WHERE a.acceptedAt >= :from AND a.acceptedAt < :to GROUP BY d.code, i.code""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> tallies.add(key(r, WorkKind.CASE), new Tally(n(r[2]), 0, 0, 0, 0, BigDecimal.ZERO)));
        em.createQuery("""
                        SELECT d.code, i.code, COUNT(*), SUM(CASE WHEN a.onTime = TRUE THEN 1 ELSE 0 END), SUM(COALESCE(a.workingDaysUsed, 0)),
                               SUM(CASE WHEN a.status = :approved AND i.code IN :registrations THEN 1 ELSE 0 END)
                        FROM Application a JOIN a.item i JOIN i.leadDepartment d
                        WHERE a.decidedAt >= :from AND a.decidedAt < :to AND a.acceptedAt IS NOT NULL AND a.status IN :decided
                        GROUP BY d.code, i.code""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("registrations", registrationItems.isEmpty() ? Set.of("-") : registrationItems)
                .setParameter("decided", EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED)).getResultList()
                .forEach(r -> tallies.add(key(r, WorkKind.CASE), new Tally(0, n(r[2]), n(r[3]), n(r[4]), n(r[5]), BigDecimal.ZERO)));
        em.createQuery("""
                        SELECT d.code, i.code, COUNT(*) FROM SubApplication s JOIN s.department d JOIN s.item i
                        WHERE s.part = :cooperating AND s.routedAt >= :from AND s.routedAt < :to GROUP BY d.code, i.code""", Object[].class)
                .setParameter("cooperating", PartKind.COOPERATING).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> tallies.add(key(r, WorkKind.PART), new Tally(n(r[2]), 0, 0, 0, 0, BigDecimal.ZERO)));
        em.createQuery("""
                        SELECT d.code, i.code, COUNT(*), SUM(CASE WHEN s.onTime = TRUE THEN 1 ELSE 0 END), SUM(COALESCE(s.workingDaysUsed, 0))
                        FROM SubApplication s JOIN s.department d JOIN s.item i
                        WHERE s.part = :cooperating AND s.decidedAt >= :from AND s.decidedAt < :to AND s.status IN :decided
                        GROUP BY d.code, i.code""", Object[].class)
                .setParameter("cooperating", PartKind.COOPERATING).setParameter("from", from).setParameter("to", to)
                .setParameter("decided", EnumSet.of(SubApplicationStatus.APPROVED, SubApplicationStatus.REFUSED)).getResultList()
                .forEach(r -> tallies.add(key(r, WorkKind.PART), new Tally(0, n(r[2]), n(r[3]), n(r[4]), 0, BigDecimal.ZERO)));
        em.createQuery("""
                        SELECT p.departmentCode, p.itemCode, SUM(p.total) FROM FeePayment p
                        WHERE p.collectedAt >= :from AND p.collectedAt < :to GROUP BY p.departmentCode, p.itemCode""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> tallies.add(key(r, WorkKind.CASE), new Tally(0, 0, 0, 0, 0, (BigDecimal) r[2])));
        return tallies;
    }

    private static TallyKey key(Object[] row, WorkKind kind) {
        return new TallyKey((String) row[0], (String) row[1], kind);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
