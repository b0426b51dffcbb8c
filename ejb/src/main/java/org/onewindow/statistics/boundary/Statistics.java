package org.onewindow.statistics.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.statistics.control.Counting;
import org.onewindow.statistics.control.MonthSummaries;
import org.onewindow.statistics.control.Tallies;
import org.onewindow.statistics.control.TallyKey;
import org.onewindow.statistics.control.WorkKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Statistics for leaders (统计分析) for any period, department and item, with month-on-month and year-on-year
 * figures; the breakdowns behind the charts. Read-only, projections only.
 */
@Stateless
@RolesAllowed({StaffRole.Names.LEADER, StaffRole.Names.SUPERVISOR})
public class Statistics {

    static final int MAX_DAYS = 1100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Counting counting;

    @Inject
    org.onewindow.statistics.control.MonthClosing closing;

    /** Closes every finished month into summary rows now (administrators; otherwise it happens every night). */
    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<String> closeFinishedMonths() {
        return closing.closeFinishedMonths().stream().map(YearMonth::toString).toList();
    }

    /** A month's view: the month, the month before, the same month last year. */
    public StatisticsView month(YearMonth month, String department, String item) {
        Objects.requireNonNull(month, "month");
        return period(month.atDay(1), month.plusMonths(1).atDay(1), department, item);
    }

    /** Any period [from, to) of at most 1100 days; the period before it is as long (whole months for whole months). */
    public StatisticsView period(LocalDate from, LocalDate to, String department, String item) {
        if (from == null || to == null || !from.isBefore(to) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw InvalidInputException.of("to", "statistics.period", MAX_DAYS);
        }
        Map<String, String> departments = names("SELECT d.code, d.name FROM Department d");
        Map<String, String> items = names("SELECT i.code, i.name FROM ServiceItem i WHERE i.currentVersion = TRUE");
        String dept = blankToNull(department);
        String it = blankToNull(item);
        if (dept != null && !departments.containsKey(dept)) {
            throw InvalidInputException.of("department", "statistics.department-unknown", dept);
        }
        if (it != null && !items.containsKey(it)) {
            throw InvalidInputException.of("item", "statistics.item-unknown", it);
        }
        Period current = counted(from, to);
        LocalDate[] before = previous(from, to);
        Period previous = counted(before[0], before[1]);
        Period lastYear = counted(from.minusYears(1), to.minusYears(1));
        Predicate<TallyKey> scope = scope(dept, it);

        TreeSet<String> departmentCodes = new TreeSet<>();
        TreeSet<String> itemCodes = new TreeSet<>();
        current.period().asMap().keySet().forEach(k -> {
            departmentCodes.add(k.department());
            itemCodes.add(k.item());
        });
        List<StatisticsView.Row> byDepartment = new ArrayList<>();
        for (String code : departmentCodes) {
            if (dept == null || dept.equals(code)) {
                byDepartment.add(new StatisticsView.Row(code, departments.getOrDefault(code, code), current.figures(scope(code, it))));
            }
        }
        List<StatisticsView.Row> byItem = new ArrayList<>();
        for (String code : itemCodes) {
            if (it == null || it.equals(code)) {
                byItem.add(new StatisticsView.Row(code, items.getOrDefault(code, code), current.figures(scope(dept, code))));
            }
        }
        return new StatisticsView(from, to, dept, it, current.figures(scope), previous.figures(scope), lastYear.figures(scope),
                byDepartment, byItem);
    }

    /** A department's figures count its cases and its parts; the centre's (no department) count cases only. */
    static Predicate<TallyKey> scope(String department, String item) {
        return key -> (department == null ? key.kind() == WorkKind.CASE : key.department().equals(department))
                && (item == null || key.item().equals(item));
    }

    private Period counted(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(MonthSummaries.CHINA).toInstant();
        Instant end = to.atStartOfDay(MonthSummaries.CHINA).toInstant();
        Tallies openAtStart = counting.before(start);
        Tallies period = counting.between(start, end);
        return new Period(period, openAtStart, openAtStart.plus(period));
    }

    /** The period just before: as many whole months for a period of whole months, else as many days. */
    static LocalDate[] previous(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to);
            return new LocalDate[]{from.minusMonths(months), from};
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return new LocalDate[]{from.minusDays(days), from};
    }

    private Map<String, String> names(String jpql) {
        Map<String, String> names = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Period(Tallies period, Tallies openAtStart, Tallies openAtEnd) {
        Figures figures(Predicate<TallyKey> scope) {
            return Figures.of(period.sum(scope), openAtStart.sum(scope), openAtEnd.sum(scope));
        }
    }
}
