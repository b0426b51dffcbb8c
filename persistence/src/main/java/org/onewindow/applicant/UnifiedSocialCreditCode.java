package org.onewindow.applicant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unified social credit code of an organisation (GB 32100-2015): registration authority, organisation
 * type, 6-digit region code, 9-character organisation code and a MOD 31 check character, all from a
 * 31-character alphabet without I, O, Z, S and V (too easily read as 1, 0, 2, 5 and U).
 * <p>
 * Only the GB 32100 check character is verified. Positions 9-17 are normally a GB 11714 organisation
 * code with its own check character, but that one is deliberately not enforced: codes issued to
 * individual businesses and some other registrants fill those positions by other schemes and would
 * be wrongly refused. The authority and type code tables are not enforced either, since they are
 * amended by later notices.
 */
public final class UnifiedSocialCreditCode {

    public static final String REQUIRED = "applicant.credit-code.required";
    public static final String FORMAT = "applicant.credit-code.format";
    public static final String CHECK_DIGIT = "applicant.credit-code.check-digit";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String SYMBOL = "[0-9A-HJ-NPQRTUWXY]";
    private static final Pattern SHAPE = Pattern.compile(SYMBOL + "{2}\\d{6}" + SYMBOL + "{10}");
    private static final Pattern FIRST_17 = Pattern.compile(SYMBOL + "{2}\\d{6}" + SYMBOL + "{9}");
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** The message key of what is wrong with the code, or empty when it is valid. */
    public static Optional<String> problem(String value) {
        String code = normalise(value);
        if (code == null || code.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (!SHAPE.matcher(code).matches()) {
            return Optional.of(FORMAT);
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of(CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The form to store and compare: trimmed, half-width, upper case. Null stays null. */
    public static String normalise(String value) {
        return TypedText.cleanUpperCase(value);
    }

    /** 31 minus the weighted sum modulo 31, where a result of 31 becomes 0. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !FIRST_17.matcher(first17).matches()) {
            throw new IllegalArgumentException("Expected the first 17 characters of a credit code: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 18-character code for the given first 17 characters; meant for demo and test data. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** First 6 and last 4 kept, the rest starred, for screens and logs. */
    public static String masked(String value) {
        return TypedText.mask(normalise(value), 6, 4);
    }
}
