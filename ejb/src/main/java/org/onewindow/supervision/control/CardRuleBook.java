package org.onewindow.supervision.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardRule;

import java.util.EnumMap;
import java.util.Map;

/**
 * The card rules in memory: read at every stage action and by every scan, changed rarely. A cause without
 * a row has its standard rule. Reloaded after a change commits.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CardRuleBook {

    @PersistenceContext
    EntityManager em;

    private volatile Map<CardCause, CardRule> rules;

    public CardRule rule(CardCause cause) {
        Map<CardCause, CardRule> current = rules;
        if (current == null) {
            current = load();
            rules = current;
        }
        return current.get(cause);
    }

    public boolean enabled(CardCause cause) {
        return rule(cause).isEnabled();
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardRulesChanged change) {
        rules = null;
    }

    private Map<CardCause, CardRule> load() {
        Map<CardCause, CardRule> loaded = new EnumMap<>(CardCause.class);
        for (CardCause cause : CardCause.values()) {
            loaded.put(cause, CardRule.standard(cause));
        }
        em.createQuery("SELECT r FROM CardRule r", CardRule.class).getResultList().forEach(r -> {
            em.detach(r);
            loaded.put(r.cause(), r);
        });
        return loaded;
    }
}
