package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule: an administrative unit code from the national catalogue (General Statistics Office) has 2 digits for a
 * province, 3 for a district (before 1/7/2025) and 5 for a commune — Quyết định of the Prime Minister on the
 * catalogue of administrative units (2025 edition: verify); Luật 72/2025/QH15 for the end of the district level.
 */
class UnitCodeTest {

    @Test
    void aProvinceCodeHasTwoDigits() {
        assertThat(new UnitCode("19").level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(UnitCode.isValid("19", UnitLevel.PROVINCE)).isTrue();
        assertThat(UnitCode.isValid("190", UnitLevel.PROVINCE)).isFalse();
    }

    @Test
    void aFormerDistrictCodeHasThreeDigits() {
        assertThat(new UnitCode("164").level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(UnitCode.isValid("164", UnitLevel.DISTRICT)).isTrue();
        assertThat(UnitCode.isValid("16", UnitLevel.DISTRICT)).isFalse();
    }

    @Test
    void aCommuneCodeHasFiveDigits() {
        assertThat(new UnitCode("05503").level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(UnitCode.isValid("05503", UnitLevel.COMMUNE)).isTrue();
        assertThat(UnitCode.isValid("5503", UnitLevel.COMMUNE)).isFalse();
        assertThat(UnitCode.isValid("05503", UnitLevel.PROVINCE)).isFalse();
    }

    @Test
    void leadingZerosArePartOfTheCode() {
        assertThat(new UnitCode("01").value()).isEqualTo("01");
        assertThat(new UnitCode("00004")).hasToString("00004");
        assertThat(new UnitCode("01")).isNotEqualTo(new UnitCode("001"));
        assertThat(new UnitCode("001").level()).isEqualTo(UnitLevel.DISTRICT);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "1", "0001", "123456", "AB", "1A", "0550B", "05 03", " 19", "19 ", "-19", "+19",
                            "\u0661\u0669" /* Arabic-Indic digits */, "\uFF11\uFF19" /* full-width digits */})
    void lettersSignsSpacesAndOtherLengthsAreRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitCode(text));
        for (UnitLevel level : UnitLevel.values()) {
            assertThat(UnitCode.isValid(text, level)).as(level.name()).isFalse();
        }
    }

    @Test
    void nullIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitCode(null));
        assertThat(UnitCode.isValid(null, UnitLevel.COMMUNE)).isFalse();
    }
}
