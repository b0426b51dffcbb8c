package org.onewindow.supervision.control;

/** An administrator changed a card rule: the rule book reloads, running cases are looked at again. */
public record CardRulesChanged(String cause) {
}
