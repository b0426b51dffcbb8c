package org.onewindow.supervision.control;

import org.onewindow.supervision.CardDraft;

/** A change of state made a card due; it is raised once the change has committed. */
public record CardDue(CardDraft draft) {
}
