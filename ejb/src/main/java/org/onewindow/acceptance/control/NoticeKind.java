package org.onewindow.acceptance.control;

/** The written notices an applicant receives after the window has examined an application. */
public enum NoticeKind {

    /** The application is complete and in legal form: accepted, the time limit starts. */
    ACCEPTANCE("受理通知书", "受"),
    /** The application is not accepted (not within this authority, not requiring approval, ...). */
    REJECTION("不予受理通知书", "不受"),
    /** Materials are missing or incorrect: the applicant is told once, in full, what to correct. */
    CORRECTION("补正材料通知书", "补");

    private final String title;
    private final String numberPrefix;

    NoticeKind(String title, String numberPrefix) {
        this.title = title;
        this.numberPrefix = numberPrefix;
    }

    /** The Chinese title printed on the notice, e.g. 受理通知书. */
    public String title() {
        return title;
    }

    /** The short word that starts the notice number, e.g. 受 in 受〔2026〕YC2026021300000123号. */
    public String numberPrefix() {
        return numberPrefix;
    }
}
