package org.onewindow.statistics.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The summary rows of closed months (statistics_month): written once a month is over, from the same counts as the
 * live path, read instead of a month of cases. A month is closed at most once (its marker row's key).
 */
@Dependent
public class MonthSummaries {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveCounts live;

    /** The first month not closed yet, or empty when no month is closed. */
    public Optional<YearMonth> firstOpenMonth() {
        Object last = em.createNativeQuery("SELECT MAX(month_start) FROM statistics_month_closed").getSingleResult();
        return Optional.ofNullable(last).map(MonthSummaries::date).map(d -> YearMonth.from(d).plusMonths(1));
    }

    public boolean isClosed(YearMonth month) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM statistics_month_closed WHERE month_start = ?1")
                .setParameter(1, month.atDay(1)).getSingleResult()).longValue() > 0;
    }

    /** Counts a finished month from the cases and writes its rows and its marker. */
    public int close(YearMonth month, Set<String> registrationItems, Instant now) {
        Tallies tallies = live.between(start(month), start(month.plusMonths(1)), registrationItems);
        int rows = 0;
        for (Map.Entry<TallyKey, Tally> entry : tallies.asMap().entrySet()) {
            TallyKey key = entry.getKey();
            Tally t = entry.getValue();
            em.createNativeQuery("""
                            INSERT INTO statistics_month (month_start, department_code, item_code, work_kind, accepted, completed, on_time,
                                                          working_days, approved_registrations, fees)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                    .setParameter(1, month.atDay(1)).setParameter(2, key.department()).setParameter(3, key.item())
                    .setParameter(4, key.kind().name()).setParameter(5, (int) t.accepted()).setParameter(6, (int) t.completed())
                    .setParameter(7, (int) t.onTime()).setParameter(8, t.workingDays()).setParameter(9, (int) t.registrations())
                    .setParameter(10, t.fees()).executeUpdate();
            rows++;
        }
        em.createNativeQuery("INSERT INTO statistics_month_closed (month_start, closed_at) VALUES (?1, ?2)")
                .setParameter(1, month.atDay(1)).setParameter(2, now).executeUpdate();
        return rows;
    }

    /** The closed months' rows in [from, to). */
    public Tallies months(YearMonth from, YearMonth to) {
        return read("WHERE month_start >= ?1 AND month_start < ?2", from.atDay(1), to.atDay(1));
    }

    /** Every closed month's rows before {@code to}, summed per key: what was accepted and completed up to then. */
    public Tallies before(YearMonth to) {
        return read("WHERE month_start < ?1", to.atDay(1), null);
    }

    @SuppressWarnings("unchecked")
    private Tallies read(String where, LocalDate first, LocalDate second) {
        var query = em.createNativeQuery("""
                SELECT department_code, item_code, work_kind, SUM(accepted), SUM(completed), SUM(on_time), SUM(working_days),
                       SUM(approved_registrations), SUM(fees)
                FROM statistics_month""" + " " + where + " GROUP BY department_code, item_code, work_kind");
        query.setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        Tallies tallies = new Tallies();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            tallies.add(new TallyKey((String) r[0], (String) r[1], WorkKind.valueOf((String) r[2])),
                    new Tally(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), r[8] == null ? BigDecimal.ZERO : new BigDecimal(r[8].toString())));
        }
        return tallies;
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(CHINA).toInstant();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
