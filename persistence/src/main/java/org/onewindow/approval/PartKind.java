package org.onewindow.approval;

/** Whose part of a case: a cooperating department's (前置审批子项), or the lead department's own final stages. */
public enum PartKind {
    COOPERATING,
    LEAD
}
