package org.onewindow.application;

import java.security.SecureRandom;

/**
 * The code an applicant gets with the application number to follow the case without an account.
 * Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits of chance.
 */
public final class QueryCode {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCode() {
    }

    /** Compared in constant time and without regard to case, as applicants type them. */
    public static boolean matches(String expected, String candidate) {
        return candidate != null && java.security.MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                candidate.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public static String next() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
