package org.onewindow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A time limit such as "20 working days" or "60 natural days". Immutable value. */
@Embeddable
public class TimeLimit {

    @Column(name = "limit_amount")
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", length = 16)
    private LimitUnit unit;

    protected TimeLimit() {
        // for JPA
    }

    public TimeLimit(int amount, LimitUnit unit) {
        if (amount < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
        }
        this.amount = amount;
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(amount, LimitUnit.NATURAL_DAYS);
    }

    public int amount() {
        return amount;
    }

    public LimitUnit unit() {
        return unit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeLimit that && amount == that.amount && unit == that.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, unit);
    }

    @Override
    public String toString() {
        return amount + (unit == LimitUnit.WORKING_DAYS ? " working days" : " natural days");
    }
}
