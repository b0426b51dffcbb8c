package org.onewindow.applicant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number an applicant can be reached on: a mainland mobile number (1[3-9] and 9 more
 * digits) or a landline with its area code, such as 020-12345678 or 0755-1234567-801.
 */
public final class ContactPhone {

    public static final String REQUIRED = "applicant.phone.required";
    public static final String FORMAT = "applicant.phone.format";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // The area code keeps its trunk prefix 0; the hyphen is required because without it the split is ambiguous.
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?");

    private ContactPhone() {
    }

    /** The message key of what is wrong with the number, or empty when it is valid. */
    public static Optional<String> problem(String value) {
        String phone = normalise(value);
        if (phone == null || phone.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            return Optional.of(FORMAT);
        }
        return Optional.empty();
    }

    /** Whether the number is a mobile one, the only kind that receives SMS. */
    public static boolean isMobile(String value) {
        String phone = normalise(value);
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** The form to store and dial: trimmed and half-width. Null stays null. */
    public static String normalise(String value) {
        return TypedText.clean(value);
    }
}
