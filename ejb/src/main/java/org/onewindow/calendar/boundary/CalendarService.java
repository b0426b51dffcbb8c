package org.onewindow.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.CalendarDay;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.SpecialDay;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The working-day calendar: questions anyone may ask, and the administrator's yearly maintenance. */
@Stateless
@PermitAll
public class CalendarService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changed;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    public WorkingCalendar calendar() {
        return cache.get();
    }

    public List<SpecialDay> year(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.calendarYear = :year ORDER BY d.calendarDate", CalendarDay.class)
                .setParameter("year", year).getResultList().stream().map(CalendarDay::toSpecialDay).toList();
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return cache.get().workingDaysBetween(from, to);
    }

    /**
     * Replaces the holidays and adjusted workdays of one year, then moves the promised dates of the
     * running applications the change affects. All of it, audited, or nothing.
     */
    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    public CalendarChange replaceYear(int year, List<SpecialDay> days) {
        checkYear(year, days);
        List<CalendarDay> existing = em.createQuery("SELECT d FROM CalendarDay d WHERE d.calendarYear = :year", CalendarDay.class)
                .setParameter("year", year).getResultList();
        int before = existing.size();
        existing.forEach(em::remove);
        em.flush();
        days.forEach(day -> em.persist(new CalendarDay(day)));

        List<SpecialDay> otherYears = em.createQuery("SELECT d FROM CalendarDay d WHERE d.calendarYear <> :year", CalendarDay.class)
                .setParameter("year", year).getResultList().stream().map(CalendarDay::toSpecialDay).toList();
        WorkingCalendar updated = new WorkingCalendar(Stream.concat(otherYears.stream(), days.stream()).toList(), OfficeHours.standard());

        String actor = caller();
        List<CalendarChange.MovedDeadline> moved = new ArrayList<>();
        List<Application> running = em.createQuery("SELECT a FROM Application a WHERE a.status = :status", Application.class)
                .setParameter("status", ApplicationStatus.ACCEPTED).getResultList();
        for (Application application : running) {
            LocalDate previous = application.promisedDate().orElse(null);
            if (application.recomputePromisedDate(updated)) {
                LocalDate now = application.promisedDate().orElseThrow();
                moved.add(new CalendarChange.MovedDeadline(application.applicationNumber(), previous, now));
                audit.record(actor, "PROMISED_DATE_RECOMPUTED", "APPLICATION", application.applicationNumber(),
                        previous, now, "calendar " + year + " changed", null);
            }
        }
        audit.record(actor, "CALENDAR_YEAR_REPLACED", "CALENDAR", String.valueOf(year),
                before + " special days", days.size() + " special days", null,
                moved.size() + " promised dates moved");
        changed.fire(new CalendarChanged(year));
        return new CalendarChange(year, days.size(), moved);
    }

    private void checkYear(int year, List<SpecialDay> days) {
        List<FieldError> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldError.of("year", "calendar.year.range", 2000, 2100));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay day = days.get(i);
            if (day.date().getYear() != year) {
                problems.add(FieldError.of("days[" + i + "].date", "calendar.day.other-year", day.date().toString(), year));
            }
            if (!seen.add(day.date())) {
                problems.add(FieldError.of("days[" + i + "].date", "calendar.day.duplicate", day.date().toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
