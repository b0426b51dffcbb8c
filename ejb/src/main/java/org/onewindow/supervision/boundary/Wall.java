package org.onewindow.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardStatus;
import org.onewindow.supervision.control.CardWatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the hall's wall screen, counted at most every few seconds however many screens ask (they poll or
 * listen to a stream): a handful of grouped counts over indexed columns.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Wall {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration FRESH = Duration.ofSeconds(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    CardWatch watch;

    @Inject
    Clock clock;

    private volatile WallView last;

    public WallView now() {
        WallView current = last;
        Instant now = clock.instant();
        if (current != null && !current.at().isBefore(now.minus(FRESH)) && !current.at().isAfter(now)) {
            return current;
        }
        current = count(now);
        last = current;
        return current;
    }

    private WallView count(Instant now) {
        Instant today = watch.today().atStartOfDay(CHINA).toInstant();
        EnumSet<ApplicationStatus> running = EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.SUPPLEMENT_REQUESTED);
        long runningCases = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.status IN :running", Long.class)
                .setParameter("running", running).getSingleResult();
        long stopped = em.createQuery("SELECT COUNT(s) FROM SubApplication s WHERE s.status IN :stopped", Long.class)
                .setParameter("stopped", EnumSet.of(SubApplicationStatus.SUSPENDED, SubApplicationStatus.AWAITING_SUPPLEMENT))
                .getSingleResult();
        long submitted = count("SELECT COUNT(a) FROM Application a WHERE a.submittedAt >= :today", today);
        long accepted = count("SELECT COUNT(a) FROM Application a WHERE a.acceptedAt >= :today", today);
        long decided = count("SELECT COUNT(a) FROM Application a WHERE a.decidedAt >= :today", today);
        Map<String, long[]> lines = new TreeMap<>();
        em.createQuery("""
                        SELECT s.department.code, COUNT(s) FROM SubApplication s WHERE s.status IN :open GROUP BY s.department.code""",
                        Object[].class)
                .setParameter("open", EnumSet.of(SubApplicationStatus.ROUTED, SubApplicationStatus.RECEIVED, SubApplicationStatus.SUSPENDED,
                        SubApplicationStatus.AWAITING_SUPPLEMENT)).getResultList()
                .forEach(r -> lines.computeIfAbsent((String) r[0], k -> new long[3])[0] = (Long) r[1]);
        long[] cards = new long[2];
        em.createQuery("""
                        SELECT c.departmentCode, c.color, COUNT(c) FROM SupervisionCard c WHERE c.status = :active
                        GROUP BY c.departmentCode, c.color""", Object[].class)
                .setParameter("active", CardStatus.ACTIVE).getResultList().forEach(r -> {
                    int colour = r[1] == CardColor.YELLOW ? 1 : 2;
                    lines.computeIfAbsent((String) r[0], k -> new long[3])[colour] = (Long) r[2];
                    cards[colour - 1] += (Long) r[2];
                });
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT d.code, d.name FROM Department d", Object[].class).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        List<WallView.DepartmentLine> departments = lines.entrySet().stream()
                .map(e -> new WallView.DepartmentLine(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2])).toList();
        return new WallView(now, runningCases, stopped, submitted, accepted, decided, cards[0], cards[1], departments);
    }

    private long count(String jpql, Instant since) {
        return em.createQuery(jpql, Long.class).setParameter("today", since).getSingleResult();
    }
}
