package org.onewindow.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardStatus;
import org.onewindow.supervision.ComplaintStatus;
import org.onewindow.supervision.FollowUpStatus;
import org.onewindow.supervision.SupervisionCard;
import org.onewindow.supervision.UrgingStatus;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.SupervisionScan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's board and the leaders' view of the cards: live counts by colour, department and item, the
 * cards themselves with filters, one case seen whole, and a scan on demand. Supervisors and leaders see every
 * department (监察 sees everything); nothing here changes a case.
 */
@Stateless
@RolesAllowed({StaffRole.Names.SUPERVISOR, StaffRole.Names.LEADER})
public class SupervisionBoard {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApplicationRepository applications;

    @Inject
    CalendarCache calendar;

    @Inject
    SupervisionScan scan;

    @Inject
    CardWatch watch;

    public BoardView board() {
        Map<CardColor, Long> colours = new HashMap<>();
        em.createQuery("SELECT c.color, COUNT(c) FROM SupervisionCard c WHERE c.status = :active GROUP BY c.color", Object[].class)
                .setParameter("active", CardStatus.ACTIVE).getResultList()
                .forEach(row -> colours.put((CardColor) row[0], (Long) row[1]));
        long today = em.createQuery("SELECT COUNT(c) FROM SupervisionCard c WHERE c.raisedAt >= :start", Long.class)
                .setParameter("start", watch.today().atStartOfDay(CHINA).toInstant()).getSingleResult();
        long urgings = em.createQuery("SELECT COUNT(u) FROM Urging u WHERE u.status <> :answered", Long.class)
                .setParameter("answered", UrgingStatus.ANSWERED).getSingleResult();
        long followUps = em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.followUpStatus = :open", Long.class)
                .setParameter("open", FollowUpStatus.OPEN).getSingleResult();
        long complaints = em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.status <> :replied", Long.class)
                .setParameter("replied", ComplaintStatus.REPLIED).getSingleResult();
        return new BoardView(clock.instant(), colours.getOrDefault(CardColor.YELLOW, 0L), colours.getOrDefault(CardColor.RED, 0L), today,
                urgings, followUps, complaints, counts("departmentCode", departmentNames()), counts("itemCode", itemNames()));
    }

    private List<BoardView.Count> counts(String attribute, Map<String, String> names) {
        Map<String, long[]> counted = new LinkedHashMap<>();
        em.createQuery("SELECT c." + attribute + ", c.color, COUNT(c) FROM SupervisionCard c WHERE c.status = :active AND c."
                        + attribute + " IS NOT NULL GROUP BY c." + attribute + ", c.color ORDER BY c." + attribute, Object[].class)
                .setParameter("active", CardStatus.ACTIVE).getResultList()
                .forEach(row -> counted.computeIfAbsent((String) row[0], k -> new long[2])[row[1] == CardColor.YELLOW ? 0 : 1] = (Long) row[2]);
        List<BoardView.Count> result = new ArrayList<>();
        counted.forEach((code, n) -> result.add(new BoardView.Count(code, names.getOrDefault(code, code), n[0], n[1])));
        return result;
    }

    /** Cards, newest first, filtered by colour, status, department, item, case; {@code limit} at most 500. */
    public List<CardView> cards(CardColor color, CardStatus status, String department, String item, String applicationNumber,
                                int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "supervision.limit", 1, MAX_PAGE);
        }
        if (offset < 0) {
            throw InvalidInputException.of("offset", "supervision.offset");
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM SupervisionCard c WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter(jpql, parameters, "color", color);
        filter(jpql, parameters, "status", status);
        filter(jpql, parameters, "departmentCode", department);
        filter(jpql, parameters, "itemCode", item);
        filter(jpql, parameters, "applicationNumber", applicationNumber);
        jpql.append(" ORDER BY c.raisedAt DESC, c.id DESC");
        TypedQuery<SupervisionCard> query = em.createQuery(jpql.toString(), SupervisionCard.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(CardView::of).toList();
    }

    private static void filter(StringBuilder jpql, Map<String, Object> parameters, String attribute, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            jpql.append(" AND c.").append(attribute).append(" = :").append(attribute);
            parameters.put(attribute, value);
        }
    }

    /** One case as supervision sees it, whatever its department. */
    public CaseSupervisionView caseView(String number) {
        Application application = applications.get(number);
        WorkingCalendar days = calendar.get();
        LocalDate today = watch.today();
        List<CaseSupervisionView.Part> parts = em.createQuery(
                        "SELECT s FROM SubApplication s WHERE s.application = :application ORDER BY s.id", SubApplication.class)
                .setParameter("application", application).getResultList().stream()
                .map(s -> new CaseSupervisionView.Part(s.id(), s.department().code(), s.department().name(), s.status().name(),
                        s.stageName(), s.stageDeadline(), s.deadline(),
                        s.status().isOpen() ? days.workingDaysBetween(today, s.stageDeadline()) : null, s.assignee().orElse(null)))
                .toList();
        List<UrgingView> urgings = em.createQuery("SELECT u FROM Urging u WHERE u.applicationNumber = :number ORDER BY u.id",
                        org.onewindow.supervision.Urging.class)
                .setParameter("number", number).getResultList().stream().map(UrgingView::of).toList();
        return new CaseSupervisionView(number, application.item().name(), application.status().name(),
                application.promisedDate().orElse(null), application.isClockStopped(), parts,
                cards(null, null, null, null, number, 0, MAX_PAGE), urgings);
    }

    /** Runs the scan now, rather than at the next minute: in the scan's own batch transactions, however long it takes. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public SupervisionScan.ScanReport scanNow() {
        return scan.scan();
    }

    Map<String, String> departmentNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT d.code, d.name FROM Department d", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private Map<String, String> itemNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT i.code, i.name FROM ServiceItem i WHERE i.currentVersion = TRUE", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
