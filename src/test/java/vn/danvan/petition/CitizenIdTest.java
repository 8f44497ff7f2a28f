package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.system.RuleViolation;

/** The citizen identity number: 12 digits, opening with "0" + the code of one of the 63 former provinces (TT 59/2021/TT-BCA). */
class CitizenIdTest {

    /** A few of the 63: Hà Nội 01, Bắc Kạn 06, Thái Nguyên 19, Hồ Chí Minh 79, Cà Mau 96. */
    private static final Set<String> FORMER = Set.of("01", "06", "19", "79", "96");

    @Test
    void aNumberOfThaiNguyenBornIn1985IsAccepted() {
        assertThat(CitizenId.check("019 085 012 345", FORMER, 2026)).isEqualTo("019085012345");
        assertThat(CitizenId.birthYear("019085012345")).isEqualTo(1985);
        assertThat(CitizenId.birthYear("006301012345")).isEqualTo(2001);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01908501234", "0190850123456", "01908501234A", ""})
    void notTwelveDigitsIsRefused(String value) {
        assertThatThrownBy(() -> CitizenId.check(value, FORMER, 2026)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("petition.citizenId.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"003085012345", "119085012345", "099085012345"})
    void aFirstGroupThatIsNotAFormerProvinceIsRefused(String value) {
        assertThatThrownBy(() -> CitizenId.check(value, FORMER, 2026)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("petition.citizenId.province");
    }

    @Test
    void aBirthYearInTheFutureIsRefused() {
        // digit 2 = born 2000–2099, year 27 → 2027
        assertThatThrownBy(() -> CitizenId.check("019227012345", FORMER, 2026)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("petition.citizenId.birthYear");
    }
}
