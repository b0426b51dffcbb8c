package org.onewindow.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardRule;
import org.onewindow.supervision.control.CardRuleBook;
import org.onewindow.supervision.control.CardRulesChanged;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The card rules an administrator configures (监察规则): read by administrators and supervisors, changed by
 * administrators only, each change checked, audited with the rule before and after, and applied to running
 * cases at the next scan.
 */
@Stateless
@RolesAllowed({StaffRole.Names.ADMINISTRATOR, StaffRole.Names.SUPERVISOR})
public class CardRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardRuleBook book;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CardRulesChanged> changed;

    @Inject
    Clock clock;

    public List<CardRuleView> all() {
        return Arrays.stream(CardCause.values()).map(book::rule).map(CardRuleView::of).toList();
    }

    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    public CardRuleView change(String causeName, Boolean enabled, Integer sharePercent, Integer daysBefore, Integer workingDays,
                               Integer minLength) {
        CardCause cause = Arrays.stream(CardCause.values()).filter(c -> c.name().equals(causeName)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("cause", "card-rule.unknown-cause", String.valueOf(causeName)));
        if (enabled == null) {
            throw InvalidInputException.of("enabled", "card-rule.required");
        }
        String administrator = currentStaff.get().username();
        CardRule rule = em.find(CardRule.class, cause);
        boolean stored = rule != null;
        if (!stored) {
            rule = CardRule.standard(cause);
        }
        String before = describe(rule);
        rule.change(enabled, sharePercent, daysBefore, workingDays, minLength, administrator, clock.instant());
        if (!stored) {
            em.persist(rule);
        }
        em.flush();
        audit.record(administrator, "CARD_RULE_CHANGED", "CARD_RULE", cause.name(), null, null, "before: " + before,
                "after: " + describe(rule));
        changed.fire(new CardRulesChanged(cause.name()));
        return CardRuleView.of(rule);
    }

    private static String describe(CardRule rule) {
        return (rule.isEnabled() ? "on" : "off") + " share=" + rule.sharePercent() + " daysBefore=" + rule.daysBefore()
                + " workingDays=" + rule.workingDays() + " minLength=" + rule.minLength();
    }
}
