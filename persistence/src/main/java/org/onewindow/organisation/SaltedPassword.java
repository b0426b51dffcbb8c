package org.onewindow.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A password as the local realm stores it: SHA-256 over the password followed by a random salt,
 * both hex-encoded. This is Elytron's {@code password-salt-digest-sha-256} (see security.cli).
 */
public record SaltedPassword(String hashHex, String saltHex) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SaltedPassword of(String clearText) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new SaltedPassword(HexFormat.of().formatHex(digest(clearText, salt)), HexFormat.of().formatHex(salt));
    }

    public boolean matches(String clearText) {
        byte[] expected = HexFormat.of().parseHex(hashHex);
        return MessageDigest.isEqual(expected, digest(clearText, HexFormat.of().parseHex(saltHex)));
    }

    private static byte[] digest(String clearText, byte[] salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(clearText.getBytes(StandardCharsets.UTF_8));
            sha256.update(salt);
            return sha256.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
