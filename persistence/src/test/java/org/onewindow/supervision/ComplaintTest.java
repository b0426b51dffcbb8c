package org.onewindow.supervision;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A complaint moves accept → decide → reply, each step with its deadline, and refuses to skip one. */
class ComplaintTest {

    @Test
    void a_complaint_is_accepted_decided_and_replied_to_in_that_order() {
        Complaint complaint = new Complaint("TS20261214000001", "ABCD2345", ComplaintChannel.ONLINE, "张女士", "13712345678", null, "TH-WJJ",
                "现场核查人员迟到", "约定上午九点现场核查，工作人员十一点才到。", Instant.parse("2026-12-14T02:00:00Z"), LocalDate.of(2026, 12, 16));
        assertThatThrownBy(() -> complaint.reply("sun.li", "已处理", Instant.EPOCH)).isInstanceOf(DomainException.class);
        complaint.accept("sun.li", LocalDate.of(2026, 12, 28));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(complaint.stepDue()).contains(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> complaint.decide("sun.li", "", null, "", LocalDate.of(2026, 12, 31), Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(3));
        complaint.decide("sun.li", "属实", true, "批评教育", LocalDate.of(2026, 12, 31), Instant.parse("2026-12-15T02:00:00Z"));
        complaint.reply("sun.li", "已对相关人员批评教育", Instant.parse("2026-12-16T02:00:00Z"));
        assertThat(complaint.status().isOpen()).isFalse();
        assertThat(complaint.upheld()).contains(true);
        assertThat(complaint.answersTo("abcd2345")).isTrue();
    }

    @Test
    void a_bad_rating_is_dissatisfied_or_worse() {
        assertThat(RatingGrade.BASICALLY_SATISFIED.isBad()).isFalse();
        assertThat(RatingGrade.DISSATISFIED.isBad()).isTrue();
        assertThat(RatingGrade.VERY_DISSATISFIED.score()).isEqualTo(1);
    }
}
