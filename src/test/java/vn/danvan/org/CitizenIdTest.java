package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.system.RuleViolation;

/**
 * Personal identification numbers (CCCD): 12 digits, the first three "0" + the code of one of the 63 provinces before
 * the 2025 merger, then the century/sex digit and the birth year (Thông tư 59/2021/TT-BCA).
 */
class CitizenIdTest {

    /** Catalogue codes of the 63 provinces and cities before 12/6/2025 ({@code AdministrativeMapIT} checks the map agrees). */
    static final Set<String> FORMER_63 = Set.of(
            "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25", "26", "27",
            "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54",
            "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80", "82", "83", "84",
            "86", "87", "89", "91", "92", "93", "94", "95", "96");
    private static final int YEAR = 2026;

    private static CitizenId parse(String typed) {
        return CitizenId.parse(typed, FORMER_63, YEAR);
    }

    private static String refusal(String typed) {
        try {
            parse(typed);
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
        return null;
    }

    @Test
    void aNumberOfTwelveDigitsWithAFormerProvinceCodeIsReadWithItsProvinceBirthYearAndSex() {
        CitizenId id = parse("019 203 012 345");
        assertThat(id.value()).isEqualTo("019203012345");
        assertThat(id.provinceCode()).isEqualTo("19");
        assertThat(id.birthYear()).isEqualTo(2003);
        assertThat(id.female()).isFalse();
        assertThat(parse("006.185.000.001").female()).isTrue();
        assertThat(parse("006-185-000-001").birthYear()).isEqualTo(1985);
        assertThat(parse("019 085 012 345").birthYear()).isEqualTo(1985);
    }

    @Test
    void blankMeansNotGivenWhereTheNumberIsOptionalAndIsRefusedWhereItIsRequired() {
        assertThat(parse("  ")).isNull();
        assertThat(parse(null)).isNull();
        assertThatThrownBy(() -> CitizenId.of(" ", FORMER_63, YEAR)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("citizenId.format");
        assertThat(CitizenId.of("019203012345", FORMER_63, YEAR)).isEqualTo(parse("019203012345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01920301234", "0192030123456", "01920301234A", "019-203-01234x"})
    void aNumberThatIsNotTwelveDigitsIsRefused(String typed) {
        assertThat(refusal(typed)).isEqualTo("citizenId.format");
    }

    @ParameterizedTest
    // 003: no province 03; 099: none; 119: not starting with 0; 023: Quảng Ninh is 22, 23 does not exist
    @ValueSource(strings = {"003203012345", "099203012345", "119203012345", "023203012345"})
    void aNumberWhosePrefixIsNoFormerProvinceOfBirthRegistrationIsRefused(String typed) {
        assertThat(refusal(typed)).isEqualTo("citizenId.province");
        assertThatThrownBy(() -> parse(typed)).extracting(e -> ((RuleViolation) e).arguments())
                .isEqualTo(new Object[] {typed, typed.substring(0, 3)});
    }

    /** The century digit: 0–1 1900s, 2–3 2000s, 4–5 2100s, 6–7 2200s, 8–9 2300s. */
    @ParameterizedTest
    @ValueSource(strings = {"019227012345", "019405012345", "019600012345", "019899012345"})
    void aBirthYearAfterTheCurrentYearIsRefused(String typed) {
        assertThat(refusal(typed)).isEqualTo("citizenId.birthYear");
    }

    @Test
    void theCenturyDigitsCountFrom1900InStepsOfACentury() {
        assertThat(CitizenId.parse("019405012345", FORMER_63, 2200).birthYear()).isEqualTo(2105);
        assertThat(CitizenId.parse("019700012345", FORMER_63, 2300).birthYear()).isEqualTo(2200);
        assertThat(CitizenId.parse("019999012345", FORMER_63, 2400).birthYear()).isEqualTo(2399);
        assertThat(CitizenId.parse("019999012345", FORMER_63, 2400).female()).isTrue();
        // more than 130 years before the current year is no living person
        assertThatThrownBy(() -> CitizenId.parse("019005012345", FORMER_63, 2040)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("citizenId.birthYear");
    }

    /** Seeded property: a 12-digit string is valid exactly when its prefix is 0 + a former province and its birth year possible. */
    @ParameterizedTest
    @ValueSource(longs = {59_2021L, 7L, 20260701L})
    void validityDependsOnlyOnTheProvincePrefixAndTheBirthYear(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < 12; d++) {
                digits.append(random.nextInt(i % 2 == 0 && d == 0 ? 1 : 10));
            }
            String value = digits.toString();
            int birthYear = 1900 + (value.charAt(3) - '0') / 2 * 100 + Integer.parseInt(value.substring(4, 6));
            boolean expected = value.charAt(0) == '0' && FORMER_63.contains(value.substring(1, 3))
                    && birthYear <= YEAR && birthYear >= YEAR - 130;
            assertThat(CitizenId.isValid(value, FORMER_63, YEAR)).as(value).isEqualTo(expected);
            if (expected) {
                assertThat(parse(value).value()).isEqualTo(value);
            }
        }
    }
}
