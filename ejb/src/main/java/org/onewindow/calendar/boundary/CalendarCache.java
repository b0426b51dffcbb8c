package org.onewindow.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.calendar.CalendarDay;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.WorkingCalendar;

/**
 * The working-day calendar in memory: read on every acceptance, changed a few times a year.
 * Rebuilt from the database after a change is committed.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalendarCache {

    @PersistenceContext
    EntityManager em;

    private volatile WorkingCalendar calendar;

    public WorkingCalendar get() {
        WorkingCalendar current = calendar;
        if (current == null) {
            current = load();
            calendar = current;
        }
        return current;
    }

    /** Only after the change committed: a reload before that would bring the old calendar back. */
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        calendar = null;
    }

    private WorkingCalendar load() {
        return new WorkingCalendar(em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList()
                .stream().map(CalendarDay::toSpecialDay).toList(), OfficeHours.standard());
    }
}
