package org.onewindow.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The demo staff's authenticator app: RFC 6238 codes (HMAC-SHA1, 6 digits, 30 s) for the TOTP secret every
 * demo member of staff has in src-config/keycloak/onewindow-realm.json. Keycloak takes a code only once and
 * accepts the neighbouring 30-second steps, so each call hands out a step not used before for that user.
 */
final class Totp {

    /** The secret as Keycloak stores it; authenticator apps take its Base32 form, J5XGKV3JNZSG652EMVWW6VDPORYDAMRW. */
    static final String DEMO_SECRET = "OneWindowDemoTotp026";

    private static final Set<String> USED = new HashSet<>();

    private Totp() {
    }

    /** A code Keycloak has not seen for this user yet; waits for the next step when the neighbouring ones are used up. */
    static synchronized String freshCode(String username) {
        while (true) {
            long now = Instant.now().getEpochSecond() / 30;
            for (long step = now; step <= now + 1; step++) {
                if (USED.add(username + "@" + step)) {
                    return code(step);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    static String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(DEMO_SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
