package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deadline calculator against hand-computed cases. Each test names the rule and its legal source; the
 * comments show the count. Calendar: the Flyway seed (holiday rules of the Labour Codes 2012 and 2019, the
 * announced 2025 and 2026 days); 2024 and 2027 have no announcement, so the rules alone decide.
 */
class CalendarRulesTest {

    private final CalendarRules calendar = SeededCalendar.rules();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theSeedHoldsThirteenHolidayRulesAndTheAnnouncedDays() {
        assertThat(SeededCalendar.holidayRules()).hasSize(13);
        assertThat(SeededCalendar.yearlyDays()).hasSize(31);
    }

    // --- Bộ luật Dân sự 2015, Art. 147–148 ---

    @Test
    void countingStartsTheDayAfterTheEventBldsArticle147() {
        // received Monday 09/03/2026: day 1 is Tuesday 10/03, whether counting working or calendar days
        assertThat(calendar.addWorkingDays(d(2026, 3, 9), 1).due()).isEqualTo(d(2026, 3, 10));
        assertThat(calendar.addCalendarDays(d(2026, 3, 9), 1).due()).isEqualTo(d(2026, 3, 10));
        // a period of 0 days ends on the day of the event
        assertThat(calendar.addCalendarDays(d(2026, 3, 9), 0).due()).isEqualTo(d(2026, 3, 9));
    }

    @Test
    void aPeriodEndingOnSundayEndsOnMondayBldsArticle148() {
        // Thursday 05/03/2026 + 10 days = Sunday 15/03; a rest day, so the period ends on Monday 16/03
        Deadline deadline = calendar.addCalendarDays(d(2026, 3, 5), 10);
        assertThat(deadline.nominalEnd()).isEqualTo(d(2026, 3, 15));
        assertThat(deadline.due()).isEqualTo(d(2026, 3, 16));
        assertThat(deadline.moved()).isTrue();
        assertThat(deadline.skipped()).extracting(CalendarDay::date).containsExactly(d(2026, 3, 15));
    }

    @Test
    void thirtyDaysEndingOnTheFirstDayOfTheTet2026BreakEndOnMonday23FebruaryBldsArticle148And9441TbBnv() {
        // Thursday 15/01/2026 + 30 days = Saturday 14/02/2026, first day of the Tết break 14/02–22/02
        // (Thông báo 9441/TB-BNV): the period ends on the first working day after it, Monday 23/02
        Deadline deadline = calendar.addCalendarDays(d(2026, 1, 15), 30);
        assertThat(deadline.nominalEnd()).isEqualTo(d(2026, 2, 14));
        assertThat(deadline.due()).isEqualTo(d(2026, 2, 23));
        assertThat(deadline.skipped()).hasSize(9);
    }

    @Test
    void aPeriodEndingOnAWorkingDayIsNotMoved() {
        // Monday 02/03/2026 + 30 days = Wednesday 01/04/2026
        Deadline deadline = calendar.addCalendarDays(d(2026, 3, 2), 30);
        assertThat(deadline.due()).isEqualTo(d(2026, 4, 1));
        assertThat(deadline.moved()).isFalse();
        assertThat(deadline.skipped()).isEmpty();
    }

    // --- Working days: Quyết định 188/1999/QĐ-TTg, Bộ luật Lao động 2019 Art. 111–112, yearly announcements ---

    @Test
    void tenWorkingDaysFromFriday13Feb2026SkipTheTetHolidayAnnouncedIn9441TbBnv() {
        // off 14/02–22/02 (9441/TB-BNV); then Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5),
        // weekend 28/02–01/03, Mon 02/03 (6), Tue 03 (7), Wed 04 (8), Thu 05 (9), Fri 06/03 (10)
        Deadline deadline = calendar.addWorkingDays(d(2026, 2, 13), 10);
        assertThat(deadline.due()).isEqualTo(d(2026, 3, 6));
        assertThat(deadline.skipped()).hasSize(11);
        assertThat(deadline.skipped().get(2)).satisfies(day -> {
            assertThat(day.date()).isEqualTo(d(2026, 2, 16));
            assertThat(day.cause()).isEqualTo(CalendarDay.Cause.ANNOUNCED_DAY_OFF);
            assertThat(day.legalBasis()).contains("9441/TB-BNV");
        });
        assertThat(calendar.workingDaysBetween(d(2026, 2, 13), d(2026, 3, 6))).isEqualTo(10);
    }

    @Test
    void saturday22August2026IsAWorkingDayBySwap9441TbBnv() {
        // Monday 31/08 is off, swapped against Saturday 22/08 worked; 29/08–02/09 off
        assertThat(calendar.isWorkingDay(d(2026, 8, 22))).isTrue();
        assertThat(calendar.day(d(2026, 8, 22)).cause()).isEqualTo(CalendarDay.Cause.ANNOUNCED_WORKING_DAY);
        for (LocalDate off = d(2026, 8, 29); !off.isAfter(d(2026, 9, 2)); off = off.plusDays(1)) {
            assertThat(calendar.isWorkingDay(off)).as("%s", off).isFalse();
        }
        // one working day after Friday 21/08 is Saturday 22/08
        assertThat(calendar.addWorkingDays(d(2026, 8, 21), 1).due()).isEqualTo(d(2026, 8, 22));
        // 3 working days after Friday 28/08: Thu 03/09 (1), Fri 04/09 (2), Mon 07/09 (3)
        assertThat(calendar.addWorkingDays(d(2026, 8, 28), 3).due()).isEqualTo(d(2026, 9, 7));
    }

    @Test
    void gioTo2026OnSundayIsCompensatedOnMonday27AprilBllđArticle111() {
        // 10/3 lunar Bính Ngọ = Sunday 26/04/2026 → next working day Monday 27/04; 30/04 Thu and 01/05 Fri off
        assertThat(calendar.day(d(2026, 4, 26)).cause()).isEqualTo(CalendarDay.Cause.HOLIDAY);
        assertThat(calendar.day(d(2026, 4, 27)).cause()).isEqualTo(CalendarDay.Cause.COMPENSATORY);
        assertThat(calendar.day(d(2026, 4, 27)).name()).contains("Giỗ Tổ Hùng Vương");
        // 5 working days after Friday 24/04: Tue 28 (1), Wed 29 (2), Mon 04/05 (3), Tue 05 (4), Wed 06/05 (5)
        assertThat(calendar.addWorkingDays(d(2026, 4, 24), 5).due()).isEqualTo(d(2026, 5, 6));
    }

    @Test
    void holidayOnSaturdayIsCompensatedOnMondayBllđArticle111() {
        // 2027, no announcement: 01/05/2027 is a Saturday → compensated on Monday 03/05/2027
        assertThat(calendar.day(d(2027, 5, 1)).cause()).isEqualTo(CalendarDay.Cause.HOLIDAY);
        assertThat(calendar.day(d(2027, 5, 3))).satisfies(day -> {
            assertThat(day.working()).isFalse();
            assertThat(day.cause()).isEqualTo(CalendarDay.Cause.COMPENSATORY);
            assertThat(day.legalBasis()).contains("Điều 111");
        });
        // 1 working day after Thursday 29/04/2027: Fri 30/04 holiday, weekend, Mon 03/05 compensatory → Tue 04/05
        assertThat(calendar.addWorkingDays(d(2027, 4, 29), 1).due()).isEqualTo(d(2027, 5, 4));
    }

    @Test
    void tet2027OverTheWeekendGivesFiveDaysFromTheEveAndTwoCompensatoryDaysBllđArticles111And112() {
        // Tết Đinh Mùi = Saturday 06/02/2027; eve Friday 05/02; 5 days 05/02–09/02; Sat 06 and Sun 07 are
        // compensated on the next working days Wed 10/02 and Thu 11/02 → off Fri 05/02 – Thu 11/02
        assertThat(calendar.daysOff(2027)).extracting(CalendarDay::date)
                .contains(d(2027, 2, 5), d(2027, 2, 6), d(2027, 2, 7), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11));
        assertThat(calendar.isWorkingDay(d(2027, 2, 12))).isTrue();
        // 3 working days after Thursday 04/02/2027 → Fri 12/02 (1), Mon 15 (2), Tue 16/02 (3)
        assertThat(calendar.addWorkingDays(d(2027, 2, 4), 3).due()).isEqualTo(d(2027, 2, 16));
    }

    @Test
    void tet2024WithoutAnAnnouncementFollowsTheRulesBllđArticle112() {
        // Tết Giáp Thìn = Saturday 10/02/2024; eve (30 tháng Chạp) Friday 09/02; 09/02–13/02; Sat 10 and Sun 11
        // compensated on Wed 14 and Thu 15 → first working day Friday 16/02/2024
        assertThat(calendar.isWorkingDay(d(2024, 2, 8))).isTrue();
        for (LocalDate off = d(2024, 2, 9); !off.isAfter(d(2024, 2, 15)); off = off.plusDays(1)) {
            assertThat(calendar.isWorkingDay(off)).as("%s", off).isFalse();
        }
        assertThat(calendar.addWorkingDays(d(2024, 2, 8), 1).due()).isEqualTo(d(2024, 2, 16));
    }

    @Test
    void nationalDay2024TakesTheFirstOfSeptemberWhichFallsOnSundayAndIsCompensatedOnTuesdayBllđArticle112() {
        // 02/09/2024 Monday and the adjacent day 01/09 (Sunday) → compensated on Tuesday 03/09/2024
        assertThat(calendar.isWorkingDay(d(2024, 9, 2))).isFalse();
        assertThat(calendar.day(d(2024, 9, 3)).cause()).isEqualTo(CalendarDay.Cause.COMPENSATORY);
        assertThat(calendar.isWorkingDay(d(2024, 9, 4))).isTrue();
    }

    @Test
    void newYear2022OnSaturdayIsCompensatedOnMonday3JanuaryBllđArticle111() {
        assertThat(calendar.day(d(2022, 1, 3)).cause()).isEqualTo(CalendarDay.Cause.COMPENSATORY);
        // 30/04/2022 Sat and 01/05 Sun → Mon 02/05 and Tue 03/05
        assertThat(calendar.isWorkingDay(d(2022, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(d(2022, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(d(2022, 5, 4))).isTrue();
    }

    @Test
    void tet2025AnnouncedAsANineDayBreakLeavesNoExtraCompensatoryDay() {
        // announced: off 25/01–02/02/2025, Monday 27/01 swapped against Saturday 08/02 worked. The 5th Tết day,
        // Saturday 01/02, is inside the announced block, so Monday 03/02 is a working day (no Art. 111 shift)
        assertThat(calendar.isWorkingDay(d(2025, 1, 27))).isFalse();
        assertThat(calendar.isWorkingDay(d(2025, 2, 3))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 2, 8))).isTrue();
        // 5 working days after Friday 24/01/2025: Mon 03/02 (1) … Fri 07/02 (5)
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 5).due()).isEqualTo(d(2025, 2, 7));
        // 6: Saturday 08/02, worked by swap
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 6).due()).isEqualTo(d(2025, 2, 8));
    }

    @Test
    void withoutThe2025AnnouncementTheSaturdayTetDayWouldBeCompensatedOnMonday3February() {
        CalendarRules rulesOnly = SeededCalendar.withYearlyDays(List.of());
        // eve = 29 tháng Chạp = Tuesday 28/01/2025; 28/01–01/02; Saturday 01/02 → Monday 03/02
        assertThat(rulesOnly.day(d(2025, 1, 28)).cause()).isEqualTo(CalendarDay.Cause.HOLIDAY);
        assertThat(rulesOnly.day(d(2025, 2, 3)).cause()).isEqualTo(CalendarDay.Cause.COMPENSATORY);
        assertThat(rulesOnly.isWorkingDay(d(2025, 1, 27))).isTrue();
    }

    @Test
    void theYearlyTableCanMoveTheAdjacentNationalDayTo3SeptemberBllđArticle112() {
        // a year announcing 02/09 and 03/09 (2027: Thu and Fri) instead of the default 01/09
        CalendarRules announced = SeededCalendar.withYearlyDays(List.of(
                new YearlyDay(d(2027, 9, 1), YearlyDay.Kind.WORKING_DAY, "Làm việc (ngày liền kề là 03/09)", "thử", ""),
                new YearlyDay(d(2027, 9, 3), YearlyDay.Kind.DAY_OFF, "Quốc khánh (ngày liền kề)", "thử", "")));
        assertThat(announced.isWorkingDay(d(2027, 9, 1))).isTrue();
        assertThat(announced.isWorkingDay(d(2027, 9, 2))).isFalse();
        assertThat(announced.isWorkingDay(d(2027, 9, 3))).isFalse();
    }

    @Test
    void beforeTheLabourCode2019TheNationalDayWasOneDayBllđ2012Article115() {
        // 2020: only 02/09 (Wednesday); 01/09/2020 Tuesday was a working day
        assertThat(calendar.isWorkingDay(d(2020, 9, 1))).isTrue();
        assertThat(calendar.isWorkingDay(d(2020, 9, 2))).isFalse();
        // 2021: 01/09 (Wednesday) and 02/09 (Thursday)
        assertThat(calendar.isWorkingDay(d(2021, 9, 1))).isFalse();
    }

    @Test
    void weekendsAreRestDaysQd188Of1999() {
        assertThat(calendar.day(d(2026, 3, 7))).satisfies(day -> {
            assertThat(day.working()).isFalse();
            assertThat(day.cause()).isEqualTo(CalendarDay.Cause.WEEKEND);
            assertThat(day.reason()).isEqualTo("Thứ Bảy (nghỉ hằng tuần)");
            assertThat(day.legalBasis()).isEqualTo("Quyết định 188/1999/QĐ-TTg");
        });
        assertThat(calendar.isWorkingDay(d(2026, 3, 9))).isTrue();
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddingWorkingDays() {
        LocalDate start = d(2026, 1, 2);
        for (int n = 0; n <= 60; n++) {
            LocalDate due = calendar.addWorkingDays(start, n).due();
            assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(n);
        }
        assertThat(calendar.workingDaysBetween(d(2026, 3, 6), d(2026, 2, 13))).isEqualTo(-10);
    }

    @Test
    void theYearsDaysOffAreListedWithReasons2026() {
        List<CalendarDay> off = calendar.daysOff(2026);
        // 01/01; 14/02–22/02 (9); 26/04 + 27/04; 30/04; 01/05; 29/08–02/09 (5)
        assertThat(off).extracting(CalendarDay::date).containsExactly(
                d(2026, 1, 1), d(2026, 2, 14), d(2026, 2, 15), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18),
                d(2026, 2, 19), d(2026, 2, 20), d(2026, 2, 21), d(2026, 2, 22), d(2026, 4, 26), d(2026, 4, 27),
                d(2026, 4, 30), d(2026, 5, 1), d(2026, 8, 29), d(2026, 8, 30), d(2026, 8, 31), d(2026, 9, 1),
                d(2026, 9, 2));
        assertThat(off).allSatisfy(day -> assertThat(day.reason()).isNotBlank());
        assertThat(calendar.specialDays(2026)).extracting(CalendarDay::date).contains(d(2026, 8, 22));
    }
}
