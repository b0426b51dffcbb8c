package org.onewindow.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MessageResendTest {

    private static final Instant SENT = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration WAIT = Duration.ofMinutes(1);

    @Test
    void the_first_attempt_is_due_one_wait_after_the_original_was_sent() {
        MessageResend resend = new MessageResend("sub-application.routed:7");
        assertThat(resend.isDue(SENT, WAIT, SENT.plusSeconds(59))).isFalse();
        assertThat(resend.isDue(SENT, WAIT, SENT.plusSeconds(60))).isTrue();
    }

    @Test
    void each_further_attempt_waits_twice_as_long_as_the_one_before() {
        MessageResend resend = new MessageResend("sub-application.routed:7");
        Instant first = SENT.plusSeconds(60);
        resend.sent(first);
        assertThat(resend.isDue(SENT, WAIT, first.plusSeconds(119))).isFalse();
        assertThat(resend.isDue(SENT, WAIT, first.plusSeconds(120))).isTrue();
        Instant second = first.plusSeconds(120);
        resend.sent(second);
        assertThat(resend.isDue(SENT, WAIT, second.plusSeconds(239))).isFalse();
        assertThat(resend.isDue(SENT, WAIT, second.plusSeconds(240))).isTrue();
    }

    @Test
    void after_three_attempts_the_message_is_left_to_an_administrator() {
        MessageResend resend = new MessageResend("sub-application.decided:7");
        Instant at = SENT;
        for (int i = 0; i < MessageResend.MAX_ATTEMPTS; i++) {
            at = at.plus(Duration.ofHours(1));
            assertThat(resend.isDue(SENT, WAIT, at)).isTrue();
            resend.sent(at);
        }
        assertThat(resend.isExhausted()).isTrue();
        assertThat(resend.isDue(SENT, WAIT, at.plus(Duration.ofDays(30)))).isFalse();
        assertThat(resend.attempts()).isEqualTo(3);
    }
}
