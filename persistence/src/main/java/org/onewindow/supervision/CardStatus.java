package org.onewindow.supervision;

/**
 * A card stays on record for good. It is ACTIVE while its cause lasts and CLOSED once the cause has ended
 * (the stage or case finished, the follow-up or complaint answered); a closed red card still counts as a
 * breach in the department's score, a closed yellow card does not count at all.
 */
public enum CardStatus {
    ACTIVE,
    CLOSED
}
