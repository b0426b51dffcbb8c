package org.onewindow.supervision;

/** 黄牌 a warning (near a deadline), 红牌 a breach (overdue, or a rule of procedure broken). */
public enum CardColor {
    YELLOW,
    RED
}
