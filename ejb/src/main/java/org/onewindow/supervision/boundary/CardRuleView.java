package org.onewindow.supervision.boundary;

import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardRule;

import java.time.Instant;

/** A card rule as administrators read and change it: which numbers the cause takes, and their values. */
public record CardRuleView(String cause, CardColor color, String parameters, boolean enabled, Integer sharePercent,
                           Integer daysBefore, Integer workingDays, Integer minLength, String changedBy, Instant changedAt) {

    static CardRuleView of(CardRule rule) {
        return new CardRuleView(rule.cause().name(), rule.cause().color(), rule.cause().parameter().name(), rule.isEnabled(),
                rule.sharePercent(), rule.daysBefore(), rule.workingDays(), rule.minLength(), rule.changedBy(), rule.changedAt());
    }
}
