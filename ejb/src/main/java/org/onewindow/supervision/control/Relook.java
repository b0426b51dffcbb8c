package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.calendar.boundary.CalendarChanged;

import java.util.EnumSet;

/**
 * After the calendar or a card rule changed, every running task and case is due a look today: their yellow
 * days and deadlines follow the new calendar or thresholds at the next scan. Rare (an administrator's change).
 */
@Stateless
@PermitAll
public class Relook {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardWatch watch;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCalendarChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        everything();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterRuleChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardRulesChanged change) {
        everything();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void everything() {
        em.createQuery("UPDATE SubApplication s SET s.watchDate = :today WHERE s.status IN :running")
                .setParameter("today", watch.today())
                .setParameter("running", EnumSet.of(SubApplicationStatus.ROUTED, SubApplicationStatus.RECEIVED)).executeUpdate();
        em.createQuery("UPDATE Application a SET a.watchDate = :today WHERE a.status = :accepted")
                .setParameter("today", watch.today()).setParameter("accepted", ApplicationStatus.ACCEPTED).executeUpdate();
    }
}
