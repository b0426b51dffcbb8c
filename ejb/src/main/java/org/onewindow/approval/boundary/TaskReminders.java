package org.onewindow.approval.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.StaffRole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Tells staff of the tasks that reached their queue (待办提醒): every few minutes, one message a person
 * for all their new tasks since the last reminder, with the earliest deadline, rather than a message
 * a stage. A task counts once it is on the desk: its stage began, and the department received it.
 * The window closes a little before now so a change still committing is counted next time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TaskReminders {

    static final String INTERVAL_PROPERTY = "onewindow.task-reminders.seconds";
    private static final Duration COMMIT_LAG = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(TaskReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    private volatile Instant since;

    @PostConstruct
    void schedule() {
        long seconds = Long.getLong(INTERVAL_PROPERTY, 300);
        since = clock.instant().minus(COMMIT_LAG);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("task reminders", false));
    }

    @Timeout
    void remind() {
        Instant until = clock.instant().minus(COMMIT_LAG);
        if (!until.isAfter(since)) {
            // the clock was moved back (a test server): start again from here
            since = until;
            return;
        }
        Map<String, Waiting> byPerson = waitingSince(since, until);
        byPerson.forEach((username, waiting) -> notifier.tellStaff(List.of(username), NotificationKind.TASKS_WAITING, null,
                Map.of("count", String.valueOf(waiting.count()), "deadline", waiting.earliest().toString())));
        since = until;
        if (!byPerson.isEmpty()) {
            LOG.fine(() -> byPerson.size() + " staff reminded of new tasks");
        }
    }

    /** New tasks in (from, to], for each person who may take them: the assignee, or everyone of the stage's role. */
    Map<String, Waiting> waitingSince(Instant from, Instant to) {
        List<Object[]> groups = em.createQuery("""
                        SELECT s.department.id, s.stageRole, s.assignee, COUNT(s), MIN(s.stageDeadline) FROM SubApplication s
                        WHERE s.status = :onTheDesk
                          AND ((s.stageStartedAt > :from AND s.stageStartedAt <= :to AND s.receivedAt <= :to)
                            OR (s.receivedAt > :from AND s.receivedAt <= :to AND s.stageStartedAt <= :from))
                        GROUP BY s.department.id, s.stageRole, s.assignee""", Object[].class)
                .setParameter("onTheDesk", SubApplicationStatus.RECEIVED).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<String, Waiting> byPerson = new TreeMap<>();
        for (Object[] group : groups) {
            List<String> people = group[2] != null ? List.of((String) group[2]) : em.createQuery("""
                            SELECT s.username FROM Staff s
                            WHERE s.department.id = :department AND :role MEMBER OF s.roles AND s.active = TRUE""", String.class)
                    .setParameter("department", group[0]).setParameter("role", (StaffRole) group[1]).getResultList();
            Waiting waiting = new Waiting(((Number) group[3]).intValue(), (LocalDate) group[4]);
            people.forEach(person -> byPerson.merge(person, waiting, Waiting::plus));
        }
        return byPerson;
    }

    record Waiting(int count, LocalDate earliest) {
        Waiting plus(Waiting other) {
            return new Waiting(count + other.count, earliest.isBefore(other.earliest) ? earliest : other.earliest);
        }
    }
}
