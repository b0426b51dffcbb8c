package org.onewindow.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.onewindow.calendar.LimitUnit;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An administrator's rule for one cause of cards: on or off, and its numbers (the share of the time and the
 * working days before a deadline that make a yellow card, the working days allowed for an acceptance or a
 * follow-up, the shortest acceptable refusal reason). A change applies from the next look at each case.
 */
@Entity
public class CardRule {

    static final int MAX_DAYS = 30;
    static final int MAX_LENGTH = 200;

    @Id
    @Enumerated(EnumType.STRING)
    private CardCause cause;

    private boolean enabled;
    private Integer sharePercent;
    private Integer daysBefore;
    private Integer workingDays;
    private Integer minLength;
    private String changedBy;
    private Instant changedAt;

    @Version
    private int version;

    protected CardRule() {
        // for JPA
    }

    /** The rule as it stands before an administrator changes it. */
    public static CardRule standard(CardCause cause) {
        CardRule rule = new CardRule();
        rule.cause = cause;
        rule.enabled = true;
        rule.changedBy = "system";
        rule.changedAt = Instant.EPOCH;
        switch (cause.parameter()) {
            case SHARE_AND_DAYS -> {
                rule.sharePercent = 80;
                rule.daysBefore = cause == CardCause.CASE_NEAR_DEADLINE ? 2 : 1;
            }
            case DAYS -> rule.daysBefore = 1;
            case WORKING_DAYS -> rule.workingDays = 5;
            case MIN_LENGTH -> rule.minLength = 6;
            case NONE -> {
            }
        }
        return rule;
    }

    /** Changes the rule; numbers the cause does not take must be left out, the others are checked. */
    public void change(boolean enabled, Integer sharePercent, Integer daysBefore, Integer workingDays, Integer minLength,
                       String administrator, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        CardCause.Parameter parameter = cause.parameter();
        boolean share = parameter == CardCause.Parameter.SHARE_AND_DAYS;
        boolean days = share || parameter == CardCause.Parameter.DAYS;
        check(errors, "sharePercent", sharePercent, share, 1, 99);
        check(errors, "daysBefore", daysBefore, days, 0, MAX_DAYS);
        check(errors, "workingDays", workingDays, parameter == CardCause.Parameter.WORKING_DAYS, 1, MAX_DAYS);
        check(errors, "minLength", minLength, parameter == CardCause.Parameter.MIN_LENGTH, 1, MAX_LENGTH);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.enabled = enabled;
        this.sharePercent = sharePercent;
        this.daysBefore = daysBefore;
        this.workingDays = workingDays;
        this.minLength = minLength;
        this.changedBy = Objects.requireNonNull(administrator, "administrator");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static void check(List<FieldError> errors, String field, Integer value, boolean taken, int min, int max) {
        if (!taken) {
            if (value != null) {
                errors.add(FieldError.of(field, "card-rule.not-for-this-cause"));
            }
            return;
        }
        if (value == null) {
            errors.add(FieldError.of(field, "card-rule.required"));
        } else if (value < min || value > max) {
            errors.add(FieldError.of(field, "card-rule.between", min, max));
        }
    }

    /**
     * The day a task or case with this deadline and limit enters its yellow zone: the set share of its time
     * used, or the set working days before the deadline, whichever comes first; never on its first day
     * unless its limit is zero.
     */
    public LocalDate yellowDay(LocalDate deadline, TimeLimit limit,
                                         WorkingCalendar calendar) {
        int amount = limit.amount();
        int leftAtShare = amount - (int) Math.ceil(amount * sharePercent / 100.0);
        int back = Math.min(Math.max(daysBefore, leftAtShare), Math.max(0, amount - 1));
        return limit.unit() == LimitUnit.WORKING_DAYS
                ? calendar.shiftByWorkingDays(deadline, -back)
                : deadline.minusDays(back);
    }

    public CardCause cause() {
        return cause;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer sharePercent() {
        return sharePercent;
    }

    public Integer daysBefore() {
        return daysBefore;
    }

    public Integer workingDays() {
        return workingDays;
    }

    public Integer minLength() {
        return minLength;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int version() {
        return version;
    }
}
