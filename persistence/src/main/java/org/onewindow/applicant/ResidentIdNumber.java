package org.onewindow.applicant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Citizen identity number of the mainland (GB 11643-1999): 6-digit region code, birth date yyyyMMdd,
 * 3-digit sequence and an ISO 7064 MOD 11-2 check character. The 15-digit first-generation numbers
 * are refused: those cards stopped being valid on 2013-01-01.
 */
public final class ResidentIdNumber {

    public static final String REQUIRED = "applicant.id-number.required";
    public static final String FORMAT = "applicant.id-number.format";
    public static final String BIRTH_DATE = "applicant.id-number.birth-date";
    public static final String CHECK_DIGIT = "applicant.id-number.check-digit";

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FIRST_17 = Pattern.compile("\\d{17}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    // The office's calendar day, not the server's: a birth "today" in Beijing may be "tomorrow" in UTC.
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private ResidentIdNumber() {
    }

    /** The message key of what is wrong with the number, or empty when it is valid today. */
    public static Optional<String> problem(String value) {
        return problem(value, LocalDate.now(OFFICE_ZONE));
    }

    public static Optional<String> problem(String value, LocalDate today) {
        String number = normalise(value);
        if (number == null || number.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (!SHAPE.matcher(number).matches()) {
            return Optional.of(FORMAT);
        }
        Optional<LocalDate> born = parseBirthDate(number);
        if (born.isEmpty() || born.get().isBefore(EARLIEST_BIRTH) || born.get().isAfter(today)) {
            return Optional.of(BIRTH_DATE);
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            return Optional.of(CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The form to store and compare: trimmed, half-width, with a capital X. Null stays null. */
    public static String normalise(String value) {
        return TypedText.cleanUpperCase(value);
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !FIRST_17.matcher(first17).matches()) {
            throw new IllegalArgumentException("Expected 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The 18-character number for the given first 17 digits; meant for demo and test data. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** The birth date of a number that has passed {@link #problem}. */
    public static LocalDate birthDate(String valid) {
        String number = normalise(valid);
        if (number == null || !SHAPE.matcher(number).matches()) {
            throw new IllegalArgumentException("Not an identity number: " + masked(valid));
        }
        return parseBirthDate(number)
                .orElseThrow(() -> new IllegalArgumentException("No real birth date in " + masked(valid)));
    }

    /** First 6 (region) and last 4 kept, the birth date and the rest starred, for screens and logs. */
    public static String masked(String value) {
        return TypedText.mask(normalise(value), 6, 4);
    }

    private static Optional<LocalDate> parseBirthDate(String number) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }
}
