package vn.danvan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Numbers and dates as a Vietnamese official writes them: a dot between thousands, a comma before decimals,
 * day/month/year with leading zeros (usage of Nghị định 30/2020/NĐ-CP documents and of the provincial reports).
 */
class VietnameseFormatTest {

    @Test
    void thousandsAreSeparatedByDots() {
        assertThat(VietnameseFormat.number(38500)).isEqualTo("38.500");
        assertThat(VietnameseFormat.number(3_321)).isEqualTo("3.321");
        assertThat(VietnameseFormat.number(1_234_567)).isEqualTo("1.234.567");
        assertThat(VietnameseFormat.number(999)).isEqualTo("999");
        assertThat(VietnameseFormat.number(0)).isEqualTo("0");
        assertThat(VietnameseFormat.number(-38500)).isEqualTo("-38.500");
    }

    @Test
    void decimalsAreSeparatedByACommaWithAtMostTwoDigits() {
        assertThat(VietnameseFormat.number(new BigDecimal("38500.5"))).isEqualTo("38.500,5");
        assertThat(VietnameseFormat.number(new BigDecimal("12.00"))).isEqualTo("12");
        assertThat(VietnameseFormat.number((BigDecimal) null)).isEmpty();
    }

    @Test
    void aPercentageHasACommaAndThePercentSignWithoutSpace() {
        assertThat(VietnameseFormat.percent(new BigDecimal("12.17"))).isEqualTo("12,17%");
        assertThat(VietnameseFormat.percent(new BigDecimal("100"))).isEqualTo("100%");
        assertThat(VietnameseFormat.percent(new BigDecimal("0.5"))).isEqualTo("0,5%");
        assertThat(VietnameseFormat.percent(null)).isEmpty();
    }

    @Test
    void aDroppedFiveRoundsUpAsByHandAndInExcelNotToEven() {
        // quy tắc làm tròn số: if the first dropped digit is 5 or more, the last kept digit goes up by one
        assertThat(VietnameseFormat.percent(new BigDecimal("12.165"))).isEqualTo("12,17%");
        assertThat(VietnameseFormat.percent(new BigDecimal("12.175"))).isEqualTo("12,18%");
        assertThat(VietnameseFormat.percent(new BigDecimal("0.125"))).isEqualTo("0,13%");
        assertThat(VietnameseFormat.percent(new BigDecimal("12.164"))).isEqualTo("12,16%");
        assertThat(VietnameseFormat.number(new BigDecimal("38500.125"))).isEqualTo("38.500,13");
        assertThat(VietnameseFormat.number(new BigDecimal("-0.125"))).as("away from zero, like Excel's ROUND").isEqualTo("-0,13");
    }

    @Test
    void aDateIsDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseFormat.date(LocalDate.of(2022, 1, 14))).isEqualTo("14/01/2022");
        assertThat(VietnameseFormat.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        assertThat(VietnameseFormat.date(null)).isEmpty();
    }

    @Test
    void aTimeIsShownInVietnamTime() {
        OffsetDateTime utc = OffsetDateTime.of(2025, 6, 11, 20, 30, 0, 0, ZoneOffset.UTC);
        assertThat(VietnameseFormat.dateTime(utc)).isEqualTo("03:30 12/06/2025");
        assertThat(VietnameseFormat.dateTime(null)).isEmpty();
    }
}
