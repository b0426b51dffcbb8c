package org.onewindow.supervision;

import org.onewindow.organisation.StaffRole;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A card about to be raised: its cause, the key of the one occurrence it is about, and who answers for it: a named person,
 * or, for a task nobody has claimed, everyone of the department holding the stage's role.
 * Built where the cause is seen (a change of state, the scan), raised once whatever path sees it first.
 */
public record CardDraft(CardCause cause, String causeKey, String applicationNumber, Long subApplicationId, String subjectRef,
                        String departmentCode, String itemCode, String stageName, String responsible, StaffRole responsibleRole,
                        LocalDate dueDate, String raisedBy, String detail) {

    public CardDraft {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(raisedBy, "raisedBy");
    }
}
