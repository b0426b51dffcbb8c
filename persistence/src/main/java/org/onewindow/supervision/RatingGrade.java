package org.onewindow.supervision;

/** The five grades of 政务服务“好差评” (GB/T 39734-2020): 非常满意 … 非常不满意, scored 5 to 1. */
public enum RatingGrade {
    VERY_SATISFIED(5),
    SATISFIED(4),
    BASICALLY_SATISFIED(3),
    DISSATISFIED(2),
    VERY_DISSATISFIED(1);

    private final int score;

    RatingGrade(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    /** 差评: dissatisfied or very dissatisfied; it opens a follow-up the department must answer. */
    public boolean isBad() {
        return score <= 2;
    }
}
