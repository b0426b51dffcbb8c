package org.onewindow.catalogue;

/** What a cooperating department's refusal means for a parallel case. */
public enum RefusalRule {
    /** The case is refused at once; the other departments' parts are cancelled. */
    REFUSE_APPLICATION,
    /** The collection goes on; the lead department decides last with the refusal on record. */
    LEAD_DECIDES
}
