package org.onewindow.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.AuditRecord;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Writes the audit trail in the caller's transaction: a change and its audit record commit or roll back together. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger("org.onewindow.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, String action, String subjectType, String subjectId,
                       Object fromState, Object toState, String reason, String detail) {
        recordFor(null, actor, action, subjectType, subjectId, fromState, toState, reason, detail);
    }

    /** A step of one department's work on a case: kept apart so each department sees its own opinions. */
    public void recordFor(String department, String actor, String action, String subjectType, String subjectId,
                          Object fromState, Object toState, String reason, String detail) {
        AuditRecord record = new AuditRecord(clock.instant(), actor, department, action, subjectType, subjectId,
                fromState == null ? null : fromState.toString(), toState == null ? null : toState.toString(), reason, detail);
        em.persist(record);
        LOG.info(() -> String.join(" | ", actor, action, subjectType + ":" + subjectId,
                String.valueOf(fromState) + " -> " + toState));
    }

    /** A refused attempt is kept even though the refusal rolls the caller's transaction back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String subjectType, String subjectId, String why) {
        record(actor, "PERMISSION_REFUSED", subjectType, subjectId, null, null, why, null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> of(String subjectType, String subjectId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.id",
                        AuditRecord.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
