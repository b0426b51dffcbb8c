package org.onewindow.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.onewindow.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The weight an administrator gave one measure of the department scores; a measure without a row has its standard weight. */
@Entity
public class PerformanceWeight {

    static final BigDecimal MAX = new BigDecimal("100");

    @Id
    @Enumerated(EnumType.STRING)
    private PerformanceMeasure measure;

    private BigDecimal weight;
    private String changedBy;
    private Instant changedAt;

    @Version
    private int version;

    protected PerformanceWeight() {
        // for JPA
    }

    public PerformanceWeight(PerformanceMeasure measure, BigDecimal weight, String administrator, Instant at) {
        this.measure = Objects.requireNonNull(measure, "measure");
        change(weight, administrator, at);
    }

    public void change(BigDecimal newWeight, String administrator, Instant at) {
        if (newWeight == null || newWeight.signum() < 0 || newWeight.compareTo(MAX) > 0 || newWeight.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("weights." + measure.name(), "performance.weight-range", 0, 100);
        }
        this.weight = newWeight;
        this.changedBy = Objects.requireNonNull(administrator, "administrator");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public PerformanceMeasure measure() {
        return measure;
    }

    public BigDecimal weight() {
        return weight;
    }
}
