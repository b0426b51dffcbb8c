package org.onewindow.applicant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /*
     * Published samples, check characters worked out by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
     * "10X98765432" indexed by sum mod 11):
     * 11010519491231002X (the GB 11643 sample):
     *   1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> X
     * 440524188001010014 (the other GB 11643 sample, born 1880 so refused here for its birth date):
     *   4*7+4*9+0*10+5*5+2*8+4*4+1*2+8*1+8*6+0*3+0*7+1*9+0*10+1*5+0*8+0*4+1*2 = 195; 195 mod 11 = 8 -> 4
     * 110101199003074477 (a widely used test number):
     *   1*7+1*9+0*10+1*5+0*8+1*4+1*2+9*1+9*6+0*3+0*7+3*9+0*10+7*5+4*8+4*4+7*2 = 214; 214 mod 11 = 5 -> 7
     * 11010119900307803X (a widely used test number):
     *   1*7+1*9+0*10+1*5+0*8+1*4+1*2+9*1+9*6+0*3+0*7+3*9+0*10+7*5+8*8+0*4+3*2 = 222; 222 mod 11 = 2 -> X
     */
    @ParameterizedTest
    @CsvSource({
            "11010519491231002, X",
            "44052418800101001, 4",
            "11010119900307803, X",
            "11010119900307447, 7",
            // 165 = 11*15, remainder 0 -> '1'
            "11010519491231001, 1",
            // 177 = 11*16 + 1, remainder 1 -> '0'
            "11010519491231007, 0"
    })
    void checkCharacterMatchesHandComputedValue(String first17, char expected) {
        assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110101199003074477", "11010119900307803X"})
    void publishedSamplesAreValid(String number) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).isEmpty();
    }

    @Test
    void noArgumentOverloadUsesTodayInChina() {
        assertThat(ResidentIdNumber.problem("11010519491231002X")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "  11010519491231002X\t", "\u3000１１０１０５１９４９１２３１００２ｘ"})
    void lowerCaseXSpacesAndFullWidthAreNormalised(String typed) {
        assertThat(ResidentIdNumber.problem(typed, TODAY)).isEmpty();
        assertThat(ResidentIdNumber.normalise(typed)).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110105194912310029", "110101199003074478", "110101199003078030"})
    void wrongCheckCharacterIsRefused(String number) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains(ResidentIdNumber.CHECK_DIGIT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void blankIsRequired(String blank) {
        assertThat(ResidentIdNumber.problem(blank, TODAY)).contains(ResidentIdNumber.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1101051949123100X2",   // X before the end
            "11010519491231A02X",   // letter in the sequence
            "X10105194912310021",   // letter in the region
            "11010519491231002Y",   // check character other than X
            "110105 19491231002X",  // space inside
            "11010519491231002",    // 17 characters
            "11010519491231002XX",  // 19 characters
            "110105491231002"       // first-generation 15 digits
    })
    void wrongShapeIsAFormatProblem(String number) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains(ResidentIdNumber.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519490231002", // 31 February
            "11010519491301002", // month 13
            "11010519490000002", // day 0
            "11010519000229002", // 1900 was not a leap year
            "11010518991231002", // before 1900
            "44052418800101001", // the GB 11643 sample born 1880
            "11010520240602002"  // the day after TODAY
    })
    void impossibleBirthDateIsRefusedEvenWithRightCheckCharacter(String first17) {
        assertThat(ResidentIdNumber.problem(ResidentIdNumber.complete(first17), TODAY))
                .contains(ResidentIdNumber.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519000101002", "11010520000229002", "11010520240601002"})
    void birthDateLimitsAreInclusive(String first17) {
        assertThat(ResidentIdNumber.problem(ResidentIdNumber.complete(first17), TODAY)).isEmpty();
    }

    @Test
    void completeRoundTrips() {
        String number = ResidentIdNumber.complete("11010519491231002");
        assertThat(number).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.problem(number, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100X"})
    void checkCharacterNeedsSeventeenDigits(String wrong) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkCharacter(wrong));
    }

    @Test
    void birthDateIsRead() {
        assertThat(ResidentIdNumber.birthDate("11010519491231002x")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.birthDate("110101199003074477")).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @Test
    void birthDateRefusesInvalidNumberWithoutRevealingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResidentIdNumber.birthDate("110105194902310021"))
                .withMessageNotContaining("19490231");
    }

    @Test
    void maskKeepsRegionAndLastFour() {
        assertThat(ResidentIdNumber.masked(" 11010519491231002x ")).isEqualTo("110105********002X");
        assertThat(ResidentIdNumber.masked("1101051949")).isEqualTo("**********");
        assertThat(ResidentIdNumber.masked(null)).isNull();
    }
}
