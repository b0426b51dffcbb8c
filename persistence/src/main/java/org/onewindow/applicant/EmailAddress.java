package org.onewindow.applicant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An optional e-mail address. The check is deliberately simple (a dot-atom local part and a domain
 * with a letter TLD); whether the address exists is only known once mail is delivered.
 */
public final class EmailAddress {

    public static final String FORMAT = "applicant.email.format";

    // RFC 5321: 254 characters in a usable path, 64 in the local part.
    private static final int MAX_LENGTH = 254;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern SHAPE = Pattern.compile(
            "(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    /** The message key of what is wrong with the address, or empty when it is valid or left blank. */
    public static Optional<String> problem(String value) {
        String email = normalise(value);
        if (email == null || email.isEmpty()) {
            return Optional.empty();
        }
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            return Optional.of(FORMAT);
        }
        return Optional.empty();
    }

    /** The form to store: trimmed and half-width (a full-width ＠ is a common slip). Null stays null. */
    public static String normalise(String value) {
        return TypedText.clean(value);
    }
}
