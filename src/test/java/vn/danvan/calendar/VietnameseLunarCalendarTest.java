package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese lunar calendar (UTC+7) against dates published in Vietnamese calendars. */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        // the four years the brief names, then years remembered from published calendars
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        // Vietnam and China differ: Vietnam 21/01/1985, China 20/02/1985; Vietnam 17/02/2007, China 18/02/2007
        "1985, 1985-01-21", "2007, 2007-02-17",
        // North Vietnam's Tết Mậu Thân after the 1967 switch to UTC+7 (the South kept 30/01)
        "1968, 1968-01-29"
    })
    void tetNguyenDanIsLunarFirstOfFirstMonthInUtcPlus7(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(tet);
        assertThat(VietnameseLunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(1, 1, year));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({"2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29",
                "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void gioToHungVuongIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate date) {
        assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(10, 3, year))).isEqualTo(date);
    }

    @ParameterizedTest(name = "lunar {0} has leap month {1}")
    @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2021, 0", "2024, 0", "2026, 0", "2033, 11"})
    void leapMonthsAsPublished(int lunarYear, int leapMonth) {
        assertThat(VietnameseLunarCalendar.leapMonth(lunarYear)).isEqualTo(leapMonth);
    }

    @Test
    void theLeapSixthMonthOf2025FollowsTheSixthMonth() {
        LocalDate sixth = VietnameseLunarCalendar.toSolar(LunarDate.of(1, 6, 2025));
        LocalDate leapSixth = VietnameseLunarCalendar.toSolar(new LunarDate(1, 6, 2025, true));
        assertThat(sixth).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(leapSixth).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(8, 6, 2025, true));
    }

    @Test
    void theLeapEleventhMonthOf2033RoundTrips() {
        // the "2033 problem": the only leap 11th month of the century, after the winter solstice month
        LocalDate first = VietnameseLunarCalendar.toSolar(new LunarDate(1, 11, 2033, true));
        assertThat(VietnameseLunarCalendar.toLunar(first)).isEqualTo(new LunarDate(1, 11, 2033, true));
        assertThat(first).isAfter(VietnameseLunarCalendar.toSolar(LunarDate.of(1, 11, 2033)));
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(1, 3, 2025, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(1, 3, 2026, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTwelfthMonthMayHave29DaysSoTetEveIsTheDayBeforeLunarNewYear() {
        // Tết Ất Tỵ: the 12th month of Giáp Thìn had 29 days, the eve was 29 tháng Chạp = 28/01/2025
        assertThat(VietnameseLunarCalendar.lengthOfMonth(12, 2024, false)).isEqualTo(29);
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(29, 12, 2024));
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(LunarDate.of(30, 12, 2024)))
                .isInstanceOf(IllegalArgumentException.class);
        // Tết Giáp Thìn: the 12th month of Quý Mão had 30 days, the eve was 30 tháng Chạp = 09/02/2024
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(30, 12, 2023));
    }

    @Test
    void icusChineseCalendarInUtcPlus8GivesOtherDatesWhichIsWhyItIsNotUsed() {
        assertThat(chineseNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(chineseNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(chineseNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 7));
        assertThat(VietnameseLunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        // most years agree
        assertThat(chineseNewYear(2026)).isEqualTo(VietnameseLunarCalendar.newYear(2026));
    }

    private static LocalDate chineseNewYear(int year) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone("UTC"));
        chinese.clear();
        chinese.set(Calendar.EXTENDED_YEAR, year + 2637);
        chinese.set(Calendar.MONTH, 0);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(Calendar.DAY_OF_MONTH, 1);
        return chinese.getTime().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
