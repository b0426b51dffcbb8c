package org.onewindow.applicant;

/** Clean-up shared by the applicant fields before any rule is checked. */
final class TypedText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private TypedText() {
    }

    /**
     * Strips surrounding white space (including the ideographic space U+3000) and folds full-width
     * ASCII to half-width: a Chinese input method left in full-width mode types "１１０１０…" or
     * "０２０－１２３４５６７８", which the user cannot tell apart from the ASCII form on screen.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(value.length());
        for (char c : value.strip().toCharArray()) {
            folded.append(c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? (char) (c - FULL_WIDTH_OFFSET) : c);
        }
        return folded.toString();
    }

    /** {@link #clean}, then upper case: identifiers are compared in capitals. */
    static String cleanUpperCase(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }

    /** Keeps the first and last characters and stars the middle; a value too short to keep anything is starred whole. */
    static String mask(String value, int keepFirst, int keepLast) {
        if (value == null) {
            return null;
        }
        if (value.length() <= keepFirst + keepLast) {
            // Showing both ends of a short value would reveal all of it.
            return "*".repeat(value.length());
        }
        return value.substring(0, keepFirst)
                + "*".repeat(value.length() - keepFirst - keepLast)
                + value.substring(value.length() - keepLast);
    }
}
