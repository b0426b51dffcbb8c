package org.onewindow.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Application numbers as printed on notices: "YC", the submission date, and the database id. */
public final class ApplicationNumber {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ApplicationNumber() {
    }

    public static String of(LocalDate submittedOn, long id) {
        return "YC" + DATE.format(submittedOn) + String.format("%08d", id);
    }

    public static boolean looksValid(String candidate) {
        return candidate != null && candidate.matches("YC\\d{16}");
    }
}
