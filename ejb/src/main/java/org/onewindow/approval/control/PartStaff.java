package org.onewindow.approval.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.approval.SubApplication;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.Staff;

import java.util.List;
import java.util.Map;

/** The people behind a stage task: who may handle it, who countersigns it, who is told it arrived. */
@Dependent
public class PartStaff {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    /** Active staff of the part's department holding the current stage's role. */
    public List<String> handlersOf(SubApplication sub) {
        return em.createQuery("""
                        SELECT s.username FROM Staff s
                        WHERE s.department = :department AND :role MEMBER OF s.roles AND s.active = TRUE
                        ORDER BY s.username""", String.class)
                .setParameter("department", sub.department()).setParameter("role", sub.stageRole()).getResultList();
    }

    public Staff colleague(String username) {
        return em.createQuery("SELECT s FROM Staff s WHERE s.username = :username", Staff.class)
                .setParameter("username", username == null ? "" : username).getResultStream().findFirst().orElse(null);
    }

    /**
     * A task reached a stage: a countersigned stage invites its handlers. The people who can take it
     * hear of it in their next reminder ({@link org.onewindow.approval.boundary.TaskReminders}), one
     * message for all their new tasks rather than one a stage.
     */
    public void stageEntered(SubApplication sub) {
        if (sub.needsCountersigners()) {
            sub.inviteCountersigners(handlersOf(sub));
        }
    }

    /** A task given to a colleague by name: they are told at once, not in the next reminder. */
    public void handedOver(SubApplication sub) {
        sub.assignee().ifPresent(colleague -> notifier.tellStaff(List.of(colleague), NotificationKind.NEW_TASK,
                sub.applicationNumber(), Map.of("item", sub.item().name(),
                        "deadline", String.valueOf(sub.stageDeadline()))));
    }
}
