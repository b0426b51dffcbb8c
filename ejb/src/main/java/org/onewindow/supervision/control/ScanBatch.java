package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.supervision.CardDraft;
import org.onewindow.supervision.DeadlineLook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of the scan, in a transaction of its own: the stage tasks (or cases) whose watch date has come,
 * nearest first. Each is looked at again; its watch date moves on only if nobody changed it since it was
 * read (its version), and only then is its card raised, so a clerk's change and the scan never fight: the
 * clerk's change looks at the task itself.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScanBatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardWatch watch;

    @Inject
    CalendarCache calendar;

    @Inject
    Cards cards;

    /** Looks at up to {@code limit} tasks due a look by {@code today}; the number looked at, and the cards raised. */
    public int[] tasks(LocalDate today, int limit) {
        WorkingCalendar days = calendar.get();
        List<SubApplication> due = em.createQuery("""
                        SELECT s FROM SubApplication s WHERE s.watchDate <= :today ORDER BY s.watchDate, s.id""", SubApplication.class)
                .setParameter("today", today).setMaxResults(limit).getResultList();
        List<CardDraft> drafts = new ArrayList<>();
        for (SubApplication sub : due) {
            DeadlineLook look = watch.isRunning(sub) ? watch.lookAt(sub, today, days) : DeadlineLook.NOTHING;
            int moved = em.createQuery("UPDATE SubApplication s SET s.watchDate = :next WHERE s.id = :id AND s.version = :version")
                    .setParameter("next", look.nextLook()).setParameter("id", sub.id()).setParameter("version", sub.version())
                    .executeUpdate();
            if (moved == 1 && look.isDue()) {
                drafts.add(TaskCards.draft(sub, look.due(), CardWatch.SCAN));
            }
        }
        return new int[]{due.size(), raise(drafts)};
    }

    public int[] cases(LocalDate today, int limit) {
        WorkingCalendar days = calendar.get();
        List<Application> due = em.createQuery("""
                        SELECT a FROM Application a WHERE a.watchDate <= :today ORDER BY a.watchDate, a.id""", Application.class)
                .setParameter("today", today).setMaxResults(limit).getResultList();
        List<CardDraft> drafts = new ArrayList<>();
        for (Application application : due) {
            DeadlineLook look = watch.isRunning(application) ? watch.lookAt(application, today, days) : DeadlineLook.NOTHING;
            int moved = em.createQuery("UPDATE Application a SET a.watchDate = :next WHERE a.id = :id AND a.version = :version")
                    .setParameter("next", look.nextLook()).setParameter("id", application.id())
                    .setParameter("version", application.version()).executeUpdate();
            if (moved == 1 && look.isDue()) {
                drafts.add(CaseCards.draft(application, look.due(), CardWatch.SCAN));
            }
        }
        return new int[]{due.size(), raise(drafts)};
    }

    private int raise(List<CardDraft> drafts) {
        int raised = 0;
        for (CardDraft draft : drafts) {
            try {
                if (cards.raise(draft)) {
                    raised++;
                }
            } catch (EJBException race) {
                // raised at this instant by a change's own look: on record once all the same
            }
        }
        return raised;
    }
}
