package org.onewindow.applicant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"zhang.san@example.com", "12345@qq.com", "a+b@mail.gov.cn", "Li_Si@Sub-Domain.Example.ORG",
            " wang@example.cn ", "zhao＠example.com", "  "})
    void validOrBlankAddressesAreAccepted(String email) {
        assertThat(EmailAddress.problem(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "zhangsan", "zhangsan@", "@example.com", "a@b", "a@@example.com", "a..b@example.com",
            ".a@example.com", "a.@example.com", "a@-example.com", "a@example-.com", "a@example.c",
            "a b@example.com", "a@example..com", "a@example.com.", "张三@example.com", "a@example.123"
    })
    void malformedAddressesAreAFormatProblem(String email) {
        assertThat(EmailAddress.problem(email)).contains(EmailAddress.FORMAT);
    }

    @Test
    void localPartIsLimitedTo64Characters() {
        assertThat(EmailAddress.problem("a".repeat(64) + "@example.com")).isEmpty();
        assertThat(EmailAddress.problem("a".repeat(65) + "@example.com")).contains(EmailAddress.FORMAT);
    }

    @Test
    void addressIsLimitedTo254Characters() {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";
        assertThat(domain).hasSize(195);
        assertThat(EmailAddress.problem("a".repeat(58) + "@" + domain)).isEmpty();
        assertThat(EmailAddress.problem("a".repeat(59) + "@" + domain)).contains(EmailAddress.FORMAT);
    }
}
