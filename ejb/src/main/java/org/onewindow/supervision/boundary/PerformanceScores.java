package org.onewindow.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.statistics.control.Counting;
import org.onewindow.statistics.control.MonthSummaries;
import org.onewindow.statistics.control.Tallies;
import org.onewindow.statistics.control.Tally;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.PerformanceMeasure;
import org.onewindow.supervision.PerformanceWeight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Department performance scores per month (绩效评估) from configurable weights: the on-time rate and the share of good
 * ratings earn up to their weights; every overdue red card, urging, upheld complaint and correction asked for costs
 * its weight; never below 0. The ranking shows every figure behind each score.
 */
@Stateless
@RolesAllowed({StaffRole.Names.LEADER, StaffRole.Names.SUPERVISOR, StaffRole.Names.ADMINISTRATOR})
public class PerformanceScores {

    @PersistenceContext
    EntityManager em;

    @Inject
    Counting counting;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<WeightView> weights() {
        Map<PerformanceMeasure, BigDecimal> weights = weightsInForce();
        return Arrays.stream(PerformanceMeasure.values()).map(m -> new WeightView(m, m.isRate(), weights.get(m))).toList();
    }

    /** Changes some weights (the others keep theirs); each checked, all audited, all or none. */
    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    public List<WeightView> changeWeights(Map<String, BigDecimal> changes) {
        if (changes == null || changes.isEmpty()) {
            throw InvalidInputException.of("weights", "card-rule.required");
        }
        String administrator = currentStaff.get().username();
        Instant now = clock.instant();
        for (Map.Entry<String, BigDecimal> change : changes.entrySet()) {
            PerformanceMeasure measure = Arrays.stream(PerformanceMeasure.values()).filter(m -> m.name().equals(change.getKey()))
                    .findFirst().orElseThrow(() -> InvalidInputException.of("weights." + change.getKey(), "performance.unknown-measure",
                            change.getKey()));
            PerformanceWeight weight = em.find(PerformanceWeight.class, measure);
            String before = weight == null ? measure.standardWeight().toPlainString() : weight.weight().toPlainString();
            if (weight == null) {
                em.persist(new PerformanceWeight(measure, change.getValue(), administrator, now));
            } else {
                weight.change(change.getValue(), administrator, now);
            }
            audit.record(administrator, "SCORE_WEIGHT_CHANGED", "PERFORMANCE_WEIGHT", measure.name(), before,
                    change.getValue().toPlainString(), null, null);
        }
        em.flush();
        return weights();
    }

    /** The month's ranking, best first; departments with the same score share a rank. */
    @RolesAllowed({StaffRole.Names.LEADER, StaffRole.Names.SUPERVISOR})
    public List<ScoreRow> ranking(YearMonth month) {
        Instant from = MonthSummaries.start(month);
        Instant to = MonthSummaries.start(month.plusMonths(1));
        Map<PerformanceMeasure, BigDecimal> weights = weightsInForce();
        Tallies work = counting.between(from, to);
        Map<String, Long> overdue = counted("""
                SELECT c.departmentCode, COUNT(c) FROM SupervisionCard c
                WHERE c.cause IN :causes AND c.raisedAt >= :from AND c.raisedAt < :to GROUP BY c.departmentCode""", from, to,
                Map.of("causes", EnumSet.of(CardCause.STAGE_OVERDUE, CardCause.CASE_OVERDUE)));
        Map<String, Long> urgings = counted("""
                SELECT u.departmentCode, COUNT(u) FROM Urging u WHERE u.issuedAt >= :from AND u.issuedAt < :to GROUP BY u.departmentCode""",
                from, to, Map.of());
        Map<String, Long> ratings = counted("""
                SELECT r.departmentCode, COUNT(r) FROM Rating r WHERE r.ratedAt >= :from AND r.ratedAt < :to GROUP BY r.departmentCode""",
                from, to, Map.of());
        Map<String, Long> goodRatings = counted("""
                SELECT r.departmentCode, COUNT(r) FROM Rating r WHERE r.score >= 3 AND r.ratedAt >= :from AND r.ratedAt < :to
                GROUP BY r.departmentCode""", from, to, Map.of());
        Map<String, Long> upheld = counted("""
                SELECT c.departmentCode, COUNT(c) FROM Complaint c WHERE c.upheld = TRUE AND c.decidedAt >= :from AND c.decidedAt < :to
                GROUP BY c.departmentCode""", from, to, Map.of());
        Map<String, Long> corrections = new HashMap<>(counted("""
                SELECT a.department, COUNT(a) FROM AuditRecord a
                WHERE a.action = 'SUPPLEMENT_REQUESTED' AND a.occurredAt >= :from AND a.occurredAt < :to GROUP BY a.department""",
                from, to, Map.of()));
        counted("""
                SELECT d.code, COUNT(r) FROM AuditRecord r JOIN Application c ON c.applicationNumber = r.subjectId
                  JOIN c.item i JOIN i.leadDepartment d
                WHERE r.action = 'REQUEST_CORRECTION' AND r.occurredAt >= :from AND r.occurredAt < :to GROUP BY d.code""", from, to, Map.of())
                .forEach((department, n) -> corrections.merge(department, n, Long::sum));

        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT d.code, d.name FROM Department d", Object[].class).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        TreeSet<String> departments = new TreeSet<>(em.createQuery(
                "SELECT DISTINCT i.leadDepartment.code FROM ServiceItem i WHERE i.currentVersion = TRUE", String.class).getResultList());
        departments.addAll(em.createQuery(
                "SELECT DISTINCT c.department.code FROM ServiceItem i JOIN i.cooperations c WHERE i.currentVersion = TRUE", String.class)
                .getResultList());
        work.asMap().keySet().forEach(k -> departments.add(k.department()));

        List<ScoreRow> unranked = new ArrayList<>();
        for (String department : departments) {
            Tally mine = work.sum(k -> k.department().equals(department));
            unranked.add(score(department, names.getOrDefault(department, department), weights, mine,
                    overdue.getOrDefault(department, 0L), urgings.getOrDefault(department, 0L), ratings.getOrDefault(department, 0L),
                    goodRatings.getOrDefault(department, 0L), upheld.getOrDefault(department, 0L),
                    corrections.getOrDefault(department, 0L)));
        }
        unranked.sort(Comparator.comparing(ScoreRow::score).reversed().thenComparing(ScoreRow::department));
        List<ScoreRow> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ScoreRow row = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).score().compareTo(row.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(withRank(row, rank));
        }
        return ranked;
    }

    static ScoreRow score(String department, String name, Map<PerformanceMeasure, BigDecimal> weights, Tally work, long overdue,
                          long urgings, long ratings, long good, long upheld, long corrections) {
        BigDecimal onTimeRate = rate(work.onTime(), work.completed());
        BigDecimal goodRate = rate(good, ratings);
        BigDecimal onTimePoints = weights.get(PerformanceMeasure.ON_TIME_RATE).multiply(onTimeRate);
        BigDecimal ratingPoints = weights.get(PerformanceMeasure.RATINGS).multiply(goodRate);
        BigDecimal overduePoints = cost(weights, PerformanceMeasure.OVERDUE, overdue);
        BigDecimal urgingPoints = cost(weights, PerformanceMeasure.URGINGS, urgings);
        BigDecimal complaintPoints = cost(weights, PerformanceMeasure.COMPLAINTS_UPHELD, upheld);
        BigDecimal correctionPoints = cost(weights, PerformanceMeasure.CORRECTIONS, corrections);
        BigDecimal total = onTimePoints.add(ratingPoints).add(overduePoints).add(urgingPoints).add(complaintPoints).add(correctionPoints)
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new ScoreRow(0, department, name, total, work.completed(), work.onTime(), onTimeRate, points(onTimePoints), overdue,
                points(overduePoints), urgings, points(urgingPoints), ratings, good, goodRate, points(ratingPoints), upheld,
                points(complaintPoints), corrections, points(correctionPoints));
    }

    /** A share with nothing to share is full marks: nobody was late, nobody was unhappy. */
    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal cost(Map<PerformanceMeasure, BigDecimal> weights, PerformanceMeasure measure, long count) {
        return weights.get(measure).multiply(BigDecimal.valueOf(count)).negate();
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static ScoreRow withRank(ScoreRow r, int rank) {
        return new ScoreRow(rank, r.department(), r.name(), r.score(), r.finished(), r.onTime(), r.onTimeRate(), r.onTimePoints(),
                r.overdue(), r.overduePoints(), r.urgings(), r.urgingPoints(), r.ratings(), r.goodRatings(), r.goodRatingRate(),
                r.ratingPoints(), r.complaintsUpheld(), r.complaintPoints(), r.corrections(), r.correctionPoints());
    }

    private Map<PerformanceMeasure, BigDecimal> weightsInForce() {
        Map<PerformanceMeasure, BigDecimal> weights = new EnumMap<>(PerformanceMeasure.class);
        for (PerformanceMeasure measure : PerformanceMeasure.values()) {
            weights.put(measure, measure.standardWeight());
        }
        em.createQuery("SELECT w FROM PerformanceWeight w", PerformanceWeight.class).getResultList()
                .forEach(w -> weights.put(w.measure(), w.weight()));
        return weights;
    }

    private Map<String, Long> counted(String jpql, Instant from, Instant to, Map<String, Object> more) {
        var query = em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to);
        more.forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        query.getResultList().forEach(r -> {
            if (r[0] != null) {
                counts.put((String) r[0], ((Number) r[1]).longValue());
            }
        });
        return counts;
    }
}
