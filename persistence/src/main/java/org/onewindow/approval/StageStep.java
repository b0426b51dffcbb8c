package org.onewindow.approval;

/** What an approval did to a stage task. */
public enum StageStep {
    /** One countersigner agreed; others have still to sign. */
    SIGNED,
    /** The task moved on to the department's next stage. */
    ADVANCED,
    /** That was the last stage: the department's answer is given. */
    DECIDED
}
