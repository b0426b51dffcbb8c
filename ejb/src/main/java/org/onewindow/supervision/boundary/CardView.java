package org.onewindow.supervision.boundary;

import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardStatus;
import org.onewindow.supervision.SupervisionCard;

import java.time.Instant;
import java.time.LocalDate;

/** A card on the supervisor's board: what, about which case and stage, whose, due when, raised and closed when. */
public record CardView(long id, CardColor color, CardCause cause, CardStatus status, String applicationNumber, String department,
                       String item, String stage, String responsible, LocalDate dueDate, Instant raisedAt, String raisedBy,
                       Instant closedAt, String closedReason, String detail) {

    static CardView of(SupervisionCard card) {
        return new CardView(card.id(), card.color(), card.cause(), card.status(), card.applicationNumber(), card.departmentCode(),
                card.itemCode(), card.stageName(), card.responsible().orElse(null), card.dueDate(), card.raisedAt(), card.raisedBy(),
                card.closedAt().orElse(null), card.closedReason().orElse(null), card.detail());
    }
}
