package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.system.RuleViolation;

/** How a deadline written in a plan ("Quý I/2024", "6 tháng đầu năm", "Thường xuyên") is read, written and moved on a year. */
class DeadlineTextTest {

    @ParameterizedTest(name = "\"{0}\" in a 2024 plan → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "31/03/2024               | DATE      | 2024-03-31 | ",
        "1/4/2024                 | DATE      | 2024-04-01 | ",
        "ngày 15.05.2024          | DATE      | 2024-05-15 | ",
        "Trước ngày 30/6/2024     | DATE      | 2024-06-30 | ",
        "Quý I/2024               | QUARTER   | 2024-03-31 | 1",
        "quý ii năm 2024          | QUARTER   | 2024-06-30 | 2",
        "QUÝ III                  | QUARTER   | 2024-09-30 | 3",
        "Quy 4/2024               | QUARTER   | 2024-12-31 | 4",
        "6 tháng đầu năm 2024     | HALF_YEAR | 2024-06-30 | 1",
        "6 tháng cuối năm         | HALF_YEAR | 2024-12-31 | 2",
        "Sáu tháng đầu năm 2024   | HALF_YEAR | 2024-06-30 | 1",
        "Năm 2024                 | YEAR      | 2024-12-31 | ",
        "Cả năm                   | YEAR      | 2024-12-31 | ",
        "Trong năm 2024           | YEAR      | 2024-12-31 | ",
        "Thường xuyên             | RECURRING | 2024-12-31 | ",
        "thuong xuyen             | RECURRING | 2024-12-31 | ",
        "Thường xuyên.            | RECURRING | 2024-12-31 | ",
    })
    void theWaysPlansWriteDeadlinesAreRead(String text, DeadlineKind kind, LocalDate due, Integer period) {
        TaskDeadline deadline = DeadlineText.parse(text, 2024);
        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.period()).isEqualTo(period);
    }

    @Test
    void aRecurringTaskReportsEveryQuarterUnlessItSaysOtherwise() {
        assertThat(DeadlineText.parse("Thường xuyên", 2024).recurringPeriod()).isEqualTo(RecurringPeriod.QUARTER);
        assertThat(DeadlineText.parse("Thường xuyên (hằng tháng)", 2024).recurringPeriod()).isEqualTo(RecurringPeriod.MONTH);
        assertThat(DeadlineText.parse("Thường xuyên, hằng năm", 2024).recurringPeriod()).isEqualTo(RecurringPeriod.YEAR);
        assertThat(DeadlineText.parse("Thường xuyên (6 tháng một lần)", 2024).recurringPeriod()).isEqualTo(RecurringPeriod.HALF_YEAR);
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | task.deadline.required",
        "sớm                 | task.import.deadline.unreadable",
        "Quý V/2024          | task.import.deadline.unreadable",
        "31/02/2024          | task.import.deadline.noSuchDay",
        "13/13/2024          | task.import.deadline.noSuchDay",
        "15/03/2025          | task.deadline.outsidePlanYear",
        "Quý I/2023          | task.deadline.outsidePlanYear",
        "Năm 2025            | task.deadline.outsidePlanYear",
    })
    void whatIsNotADeadlineOfThePlansYearIsRefusedWithAVietnameseMessage(String text, String key) {
        assertThatThrownBy(() -> DeadlineText.parse(text, 2024))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 25).mapToObj(seed -> Arguments.of(seed));
    }

    private static TaskDeadline random(Random random, int year) {
        return switch (DeadlineKind.values()[random.nextInt(DeadlineKind.values().length)]) {
            case DATE -> TaskDeadline.date(LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear())));
            case QUARTER -> TaskDeadline.quarter(year, 1 + random.nextInt(4));
            case HALF_YEAR -> TaskDeadline.halfYear(year, 1 + random.nextInt(2));
            case YEAR -> TaskDeadline.year(year);
            case RECURRING -> TaskDeadline.recurring(year, RecurringPeriod.values()[random.nextInt(RecurringPeriod.values().length)]);
        };
    }

    /** What the screens and the export write reads back as the same deadline, so an exported list can be imported. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyWrittenDeadlineReadsBackUnchanged(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            int year = 2000 + random.nextInt(100);
            TaskDeadline deadline = random(random, year);
            assertThat(DeadlineText.parse(DeadlineText.format(deadline), year)).isEqualTo(deadline);
        }
    }

    /** Next year's plan: the same day, the same period, still recurring — and always within the new plan's year. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDeadlineMovedToTheNextYearKeepsItsKindAndPeriodWithinThatYear(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            int year = 2000 + random.nextInt(100);
            TaskDeadline deadline = random(random, year);
            TaskDeadline next = DeadlineText.nextYear(deadline);
            assertThat(next.kind()).isEqualTo(deadline.kind());
            assertThat(next.period()).isEqualTo(deadline.period());
            assertThat(next.recurringPeriod()).isEqualTo(deadline.recurringPeriod());
            assertThat(next.dueDate().getYear()).isEqualTo(year + 1);
            if (deadline.kind() == DeadlineKind.DATE) {
                assertThat(next.dueDate().getMonth()).isEqualTo(deadline.dueDate().getMonth());
            }
        }
    }

    @Test
    void the29thOfFebruaryMovesToThe28th() {
        assertThat(DeadlineText.nextYear(TaskDeadline.date(LocalDate.of(2024, 2, 29))).dueDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theTitleOfTheNextYearsPlanHasItsYear() {
        assertThat(PlanCopy.nextTitle("Kế hoạch công tác dân vận năm 2024", 2024)).isEqualTo("Kế hoạch công tác dân vận năm 2025");
        assertThat(PlanCopy.nextTitle("Kế hoạch 2024 thực hiện Chương trình 06-CTr giai đoạn 2022-2026", 2024))
                .isEqualTo("Kế hoạch 2025 thực hiện Chương trình 06-CTr giai đoạn 2022-2026");
        assertThat(PlanCopy.nextTitle("Kế hoạch phối hợp", 2024)).isEqualTo("Kế hoạch phối hợp năm 2025");
    }
}
