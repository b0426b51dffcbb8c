package org.onewindow.applicant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnifiedSocialCreditCodeTest {

    /*
     * Widely cited real codes, check characters worked out by hand. Values: digits as themselves,
     * A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18 K=19 L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27 W=28
     * X=29 Y=30; weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check = 31 - sum mod 31.
     * 91350100M000100Y43:
     *   9*1+1*3+3*9+5*27+0*19+1*26+0*16+0*17+21*20+0*29+0*25+0*13+1*8+0*24+0*10+30*30+4*28 = 1640;
     *   1640 mod 31 = 28; 31 - 28 = 3 -> 3
     * 9144030071526726XG:
     *   9*1+1*3+4*9+4*27+0*19+3*26+0*16+0*17+7*20+1*29+5*25+2*13+6*8+7*24+2*10+6*30+29*28 = 1782;
     *   1782 mod 31 = 15; 31 - 15 = 16 -> G
     * 914403001922038216:
     *   9*1+1*3+4*9+4*27+0*19+3*26+0*16+0*17+1*20+9*29+2*25+2*13+0*8+3*24+8*10+2*30+1*28 = 831;
     *   831 mod 31 = 25; 31 - 25 = 6 -> 6
     * 91330100799655058B:
     *   9*1+1*3+3*9+3*27+0*19+1*26+0*16+0*17+7*20+9*29+9*25+6*13+5*8+5*24+0*10+5*30+8*28 = 1384;
     *   1384 mod 31 = 20; 31 - 20 = 11 -> B
     */
    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y4, 3",
            "9144030071526726X, G",
            "91440300192203821, 6",
            "91330100799655058, B",
            // 9*1+1*3+1*9+1*27+1*26+8*17+8*28 = 434 = 31*14, so 31 - 0 = 31 -> 0
            "91110108000000008, 0",
            // 9*1+2*3+4*9+4*27+3*26+1*20+2*29+3*25+4*13+5*8+6*24+7*10+8*30 = 936; 936 mod 31 = 6; 25 -> R
            "92440300123456780, R"
    })
    void checkCharacterMatchesHandComputedValue(String first17, char expected) {
        assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "914403001922038216", "91330100799655058B"})
    void publishedCodesAreValid(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
    }

    @Test
    void embeddedOrganisationCodeCheckIsNotEnforced() {
        // GB 11714 would want 12345678 followed by 8, not 0; only the GB 32100 check counts here.
        assertThat(UnifiedSocialCreditCode.problem("92440300123456780R")).isEmpty();
    }

    @Test
    void lowerCaseSpacesAndFullWidthAreNormalised() {
        assertThat(UnifiedSocialCreditCode.problem(" 91350100m000100y43 ")).isEmpty();
        assertThat(UnifiedSocialCreditCode.normalise("９１３５０１００Ｍ０００１００Ｙ４３"))
                .isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4Y", "9144030071526726X0", "91440300192203821G"})
    void wrongCheckCharacterIsRefused(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).contains(UnifiedSocialCreditCode.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void forbiddenLettersAreAFormatProblemAnywhere(char letter) {
        assertThat(UnifiedSocialCreditCode.problem("91350100" + letter + "000100Y43"))
                .contains(UnifiedSocialCreditCode.FORMAT);
        assertThat(UnifiedSocialCreditCode.problem(letter + "1350100M000100Y43"))
                .contains(UnifiedSocialCreditCode.FORMAT);
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4" + letter))
                .contains(UnifiedSocialCreditCode.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9135010AM000100Y43",  // letter in the region code
            "91M50100M000100Y43",  // letter in the region code
            "91350100M000100Y4",   // 17 characters
            "91350100M000100Y433", // 19 characters
            "91350100M0001-0Y43",  // punctuation
            "350100M000100Y"       // an old organisation-code style fragment
    })
    void wrongShapeIsAFormatProblem(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).contains(UnifiedSocialCreditCode.FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void blankIsRequired(String blank) {
        assertThat(UnifiedSocialCreditCode.problem(blank)).contains(UnifiedSocialCreditCode.REQUIRED);
    }

    @Test
    void completeRoundTrips() {
        assertThat(UnifiedSocialCreditCode.complete("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
        String completed = UnifiedSocialCreditCode.complete("93440300MA5FL7PK2");
        assertThat(completed).hasSize(18).startsWith("93440300MA5FL7PK2");
        assertThat(UnifiedSocialCreditCode.problem(completed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y", "91350100M000100Y43", "91350100I000100Y4", "9135010AM000100Y4"})
    void checkCharacterNeedsAWellFormedFirstSeventeen(String wrong) {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(wrong));
    }

    @Test
    void maskKeepsFirstSixAndLastFour() {
        assertThat(UnifiedSocialCreditCode.masked("91350100m000100y43")).isEqualTo("913501********0Y43");
        assertThat(UnifiedSocialCreditCode.masked("913501")).isEqualTo("******");
        assertThat(UnifiedSocialCreditCode.masked(null)).isNull();
    }
}
