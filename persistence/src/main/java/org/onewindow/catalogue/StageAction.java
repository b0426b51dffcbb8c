package org.onewindow.catalogue;

/**
 * What a handler may do on a stage task besides claiming it and approving it to the next stage,
 * which every stage allows. An item's stage definition lists the ones it permits.
 */
public enum StageAction {
    /** Send the task back to an earlier stage of the same department, with a reason. */
    RETURN,
    /** Give the task to a colleague of the same department and role. */
    HAND_OVER,
    /** Ask the applicant, through the lead window, for supplementary materials; the clock stops until they arrive. */
    REQUEST_SUPPLEMENT,
    /** Stop the clock for a special procedure: hearing, inspection, testing, expert review. */
    SUSPEND,
    /** Refuse with an opinion: the department's (or, at the lead department, the case's) answer is no. */
    REFUSE
}
