package org.onewindow.supervision;

/**
 * Why a card is raised. Each cause has its colour and the parameters an administrator may set on its rule
 * ({@link CardRule}); the unique cause key of a card says which occurrence it is about (a stage visit, a
 * case, a receipt, a follow-up), so the same cause never raises two cards.
 */
public enum CardCause {
    /** A stage task reached the set share of its time, or the set number of working days before its deadline. */
    STAGE_NEAR_DEADLINE(CardColor.YELLOW, Parameter.SHARE_AND_DAYS),
    /** A stage task passed its deadline (the clock honours suspensions, supplements and the calendar). */
    STAGE_OVERDUE(CardColor.RED, Parameter.NONE),
    /** A case reached the set share of its promised time, or the set number of working days before its promised date. */
    CASE_NEAR_DEADLINE(CardColor.YELLOW, Parameter.SHARE_AND_DAYS),
    /** A case passed its promised date undecided. */
    CASE_OVERDUE(CardColor.RED, Parameter.NONE),
    /** A refusal (不予受理 or 不予许可, at the window, a department or a joint review) whose reason is missing or shorter than the set length. */
    REFUSAL_WITHOUT_REASON(CardColor.RED, Parameter.MIN_LENGTH),
    /** A fee above the item's fee schedule was recorded (by an override of a chief, or through an integration). */
    FEE_ABOVE_SCHEDULE(CardColor.RED, Parameter.NONE),
    /** Accepted more than the set number of working days (the law: 5) after the submission or the last correction. */
    LATE_ACCEPTANCE(CardColor.RED, Parameter.WORKING_DAYS),
    /** Accepted while a material the item requires is missing. */
    MATERIAL_MISSING(CardColor.RED, Parameter.NONE),
    /**
     * A stage of the department's plan gave no independent review: the part was answered before its last stage
     * (a decision that did not come through the stages), or one handler approved two consecutive stages.
     */
    STAGE_SKIPPED(CardColor.RED, Parameter.NONE),
    /** An urging notice was not answered by its deadline. */
    URGING_UNANSWERED(CardColor.RED, Parameter.NONE),
    /** A bad rating's follow-up (整改/回访) was not answered within the set number of working days. */
    FOLLOW_UP_OVERDUE(CardColor.RED, Parameter.WORKING_DAYS),
    /** A complaint's current step (accept, investigate and decide, reply) is due within the set number of working days. */
    COMPLAINT_NEAR_DEADLINE(CardColor.YELLOW, Parameter.DAYS),
    /** A complaint's current step passed its deadline. */
    COMPLAINT_OVERDUE(CardColor.RED, Parameter.NONE);

    /** Which numbers a rule of the cause takes. */
    public enum Parameter {
        NONE, SHARE_AND_DAYS, DAYS, WORKING_DAYS, MIN_LENGTH
    }

    private final CardColor color;
    private final Parameter parameter;

    CardCause(CardColor color, Parameter parameter) {
        this.color = color;
        this.parameter = parameter;
    }

    public CardColor color() {
        return color;
    }

    public Parameter parameter() {
        return parameter;
    }

    public boolean isTimeCard() {
        return this == STAGE_NEAR_DEADLINE || this == STAGE_OVERDUE || this == CASE_NEAR_DEADLINE || this == CASE_OVERDUE;
    }
}
