package org.onewindow.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One row per notification and channel: attempts are counted, and a settled delivery is never attempted again. */
class NotificationDeliveryTest {

    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void failed_attempts_are_counted_until_one_goes_out() {
        NotificationDelivery delivery = sms();
        delivery.failed(NINE, "Connection refused");
        delivery.failed(NINE.plusSeconds(5), "Connection refused");
        delivery.sent(NINE.plusSeconds(15));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.firstAttemptAt()).isEqualTo(NINE);
        assertThat(delivery.sentAt()).contains(NINE.plusSeconds(15));
        assertThat(delivery.lastError()).contains("Connection refused");
        assertThat(delivery.isSettled()).isTrue();
    }

    @Test
    void a_sent_or_refused_delivery_is_not_attempted_again() {
        NotificationDelivery sent = sms();
        sent.sent(NINE);
        assertThatThrownBy(() -> sent.failed(NINE, "late")).isInstanceOf(IllegalStateException.class);

        NotificationDelivery refused = sms();
        refused.refused(NINE, "550 no such user");
        assertThat(refused.isSettled()).isTrue();
        assertThatThrownBy(() -> refused.sent(NINE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_long_error_is_cut_to_what_the_column_holds() {
        NotificationDelivery delivery = sms();
        delivery.failed(NINE, "x".repeat(2000));
        assertThat(delivery.lastError().orElseThrow()).hasSize(500);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.isSettled()).isFalse();
    }

    private static NotificationDelivery sms() {
        return new NotificationDelivery("key-1", DeliveryChannel.SMS, "APPLICANT", "YC2026112300000042", "YC2026112300000042",
                "ACCEPTED", "13912345678", "log", "【天河区政务服务】您的申请已受理");
    }
}
