package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.danvan.system.RuleViolation;

/** Personal identification numbers: 12 digits, the first three "0" + a pre-2025 province code (Thông tư 59/2021/TT-BCA). */
class CitizenIdTest {

    @Test
    void aNumberOfTwelveDigitsWithAFormerProvinceCodeIsValid() {
        CitizenId id = CitizenId.parse("019 203 012 345");
        assertThat(id.value()).isEqualTo("019203012345");
        assertThat(id.provinceCode()).isEqualTo("19");
        assertThat(id.birthYear()).isEqualTo(2003);
        assertThat(id.female()).isFalse();
        assertThat(CitizenId.parse("006185000001").female()).isTrue();
        assertThat(CitizenId.parse("006185000001").birthYear()).isEqualTo(1985);
    }

    @Test
    void blankMeansNotGiven() {
        assertThat(CitizenId.parse("  ")).isNull();
        assertThat(CitizenId.parse(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01920301234", "0192030123456", "01920301234A", "019-203-01234x"})
    void aNumberThatIsNotTwelveDigitsIsRefused(String typed) {
        assertThatThrownBy(() -> CitizenId.parse(typed)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("reception.citizenId.format");
    }

    @ParameterizedTest
    // 003: no province 03; 099: none; 119: not starting with 0; 023: Quảng Ninh is 22, 23 does not exist
    @ValueSource(strings = {"003203012345", "099203012345", "119203012345", "023203012345"})
    void aNumberWhosePrefixIsNoProvinceOfBirthRegistrationIsRefused(String typed) {
        assertThatThrownBy(() -> CitizenId.parse(typed)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("reception.citizenId.province");
    }

    @Test
    void the63FormerProvincesAreAccepted() {
        assertThat(CitizenId.provinceCodes()).hasSize(63).contains("01", "06", "19", "79", "96");
    }

    /** Seeded property: every 12-digit string is valid exactly when its prefix is 0 + a known code. */
    @Test
    void validityDependsOnlyOnLengthAndPrefix() {
        Random random = new Random(59_2021L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < 12; d++) {
                digits.append(random.nextInt(10));
            }
            String value = digits.toString();
            boolean expected = value.charAt(0) == '0' && CitizenId.provinceCodes().contains(value.substring(1, 3));
            assertThat(CitizenId.isValid(value)).as(value).isEqualTo(expected);
        }
    }
}
