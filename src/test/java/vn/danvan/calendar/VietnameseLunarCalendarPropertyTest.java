package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the lunar calendar over 1900–2100, on dates drawn from a fixed seed (reproducible). */
class VietnameseLunarCalendarPropertyTest {

    private static final long SEED = 20260217L;
    private static final LocalDate FIRST = LocalDate.of(1900, 2, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    static Stream<LocalDate> randomDates() {
        Random random = new Random(SEED);
        long span = ChronoUnit.DAYS.between(FIRST, LAST);
        return Stream.generate(() -> FIRST.plusDays((long) (random.nextDouble() * span))).limit(400);
    }

    static IntStream years() {
        return IntStream.rangeClosed(1901, 2099);
    }

    @ParameterizedTest
    @MethodSource("randomDates")
    void solarToLunarToSolarIsTheSameDay(LocalDate date) {
        LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
        assertThat(VietnameseLunarCalendar.toSolar(lunar)).isEqualTo(date);
    }

    @ParameterizedTest
    @MethodSource("randomDates")
    void lunarToSolarToLunarIsTheSameLunarDate(LocalDate seed) {
        LunarDate drawn = VietnameseLunarCalendar.toLunar(seed);
        // a lunar date on days 1–29, which every month has
        LunarDate lunar = new LunarDate(Math.min(drawn.day(), 29), drawn.month(), drawn.year(), drawn.leap());
        assertThat(VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.toSolar(lunar))).isEqualTo(lunar);
    }

    @ParameterizedTest
    @MethodSource("randomDates")
    void consecutiveDaysAreConsecutiveLunarDays(LocalDate date) {
        LunarDate today = VietnameseLunarCalendar.toLunar(date);
        LunarDate tomorrow = VietnameseLunarCalendar.toLunar(date.plusDays(1));
        if (tomorrow.day() == 1) {
            assertThat(today.day()).isIn(29, 30);
        } else {
            assertThat(tomorrow).isEqualTo(new LunarDate(today.day() + 1, today.month(), today.year(), today.leap()));
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyLunarYearHas12Or13MonthsAndTheLeapMonthMakesThe13th(int year) {
        long days = ChronoUnit.DAYS.between(VietnameseLunarCalendar.newYear(year), VietnameseLunarCalendar.newYear(year + 1));
        long months = Math.round(days / 29.530588853);
        assertThat(months).isIn(12L, 13L);
        assertThat(days).isBetween(353L, 385L);
        assertThat(months == 13).isEqualTo(VietnameseLunarCalendar.leapMonth(year) != 0);
    }

    @ParameterizedTest
    @MethodSource("years")
    void tetFallsBetween21JanuaryAnd20February(int year) {
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        assertThat(tet).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
    }
}
