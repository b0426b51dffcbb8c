package org.onewindow.applicant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "13800138000", "19912345678", " 15012345678 ",
            "020-12345678", "0755-1234567", "010-87654321-801", "0571-8888888",
            "１３８００１３８０００", "０２０－１２３４５６７８"
    })
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        assertThat(ContactPhone.problem(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12345678901",      // no mobile prefix 12
            "1380013800",       // 10 digits
            "138001380001",     // 12 digits
            "138-0013-8000",    // grouped mobile
            "+86 13800138000",  // country code
            "02012345678",      // landline without hyphen
            "20-12345678",      // area code without trunk 0
            "02-12345678",      // area code too short
            "07555-1234567",    // area code too long
            "020-123456",       // local number too short
            "020-123456789",    // local number too long
            "020-12345678-",    // empty extension
            "020-12345678-1234567",
            "phone"
    })
    void otherShapesAreAFormatProblem(String phone) {
        assertThat(ContactPhone.problem(phone)).contains(ContactPhone.FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void blankIsRequired(String blank) {
        assertThat(ContactPhone.problem(blank)).contains(ContactPhone.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"０２０－１２３４５６７８", " 020-12345678\t"})
    void normaliseGivesTheDialableForm(String typed) {
        assertThat(ContactPhone.normalise(typed)).isEqualTo("020-12345678");
    }
}
