package org.onewindow.supervision;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/** One fee of a payment: the schedule's code and name, what was charged, and what the schedule allows. */
@Embeddable
public class FeeLine {

    private String code;
    private String name;
    private BigDecimal amount;
    private BigDecimal scheduled;

    protected FeeLine() {
        // for JPA
    }

    public FeeLine(String code, String name, BigDecimal amount, BigDecimal scheduled) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.scheduled = Objects.requireNonNull(scheduled, "scheduled");
    }

    public boolean isAboveSchedule() {
        return amount.compareTo(scheduled) > 0;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal scheduled() {
        return scheduled;
    }
}
