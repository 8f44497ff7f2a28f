package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules by which a task's status is derived, and how tasks roll up and count. */
class TaskStatusTest {

    private static Task task(TaskDeadline deadline) {
        return new Task(1, 1, 2024, null, null, 1, "Nhiệm vụ", null, null, 10, List.of(), deadline, Task.Priority.NORMAL, 1,
                null, null, 0);
    }

    private static ProgressUpdate update(LocalDate on, int percent, boolean done) {
        return new ProgressUpdate(1, 1, on, percent, null, null, done, "xa", 10L, null);
    }

    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    @Test
    void doneOnTheDeadlineDayIsOnTime() {
        assertThat(TaskStatus.of(task(TaskDeadline.date(DUE)), update(DUE, 100, true), DUE.plusDays(5)))
                .isEqualTo(TaskStatus.DONE_ON_TIME);
    }

    @Test
    void doneTheDayAfterTheDeadlineIsLate() {
        assertThat(TaskStatus.of(task(TaskDeadline.date(DUE)), update(DUE.plusDays(1), 100, true), DUE.plusDays(5)))
                .isEqualTo(TaskStatus.DONE_LATE);
    }

    @Test
    void openPastTheDeadlineIsOverdueButOpenOnTheDeadlineDayIsNot() {
        Task task = task(TaskDeadline.date(DUE));
        assertThat(TaskStatus.of(task, update(DUE.minusDays(3), 60, false), DUE)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatus.of(task, update(DUE.minusDays(3), 60, false), DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskStatus.of(task, null, DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void withoutAnyUpdateWithinTermATaskIsNotStarted() {
        assertThat(TaskStatus.of(task(TaskDeadline.date(DUE)), null, DUE.minusDays(10))).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aQuarterDeadlineEndsOnTheQuartersLastDay() {
        assertThat(TaskDeadline.quarter(2024, 1).dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TaskDeadline.quarter(2024, 2).dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(TaskDeadline.halfYear(2024, 1).dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(TaskDeadline.year(2024).dueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aRecurringTaskIsOnTrackWhenItReportedInTheCurrentPeriod() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        assertThat(TaskStatus.of(task, update(LocalDate.of(2024, 7, 2), 50, false), LocalDate.of(2024, 8, 15)))
                .isEqualTo(TaskStatus.RECURRING_ON_TRACK);
    }

    @Test
    void aRecurringTaskStaysOnTrackWhileTheCurrentPeriodRunsIfItReportedInThePreviousOne() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        assertThat(TaskStatus.of(task, update(LocalDate.of(2024, 5, 20), 50, false), LocalDate.of(2024, 8, 15)))
                .isEqualTo(TaskStatus.RECURRING_ON_TRACK);
    }

    @Test
    void aRecurringTaskFallsBehindOnceAPeriodEndedWithoutAReport() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        assertThat(TaskStatus.of(task, update(LocalDate.of(2024, 2, 1), 50, false), LocalDate.of(2024, 8, 15)))
                .isEqualTo(TaskStatus.RECURRING_BEHIND);
        // after the plan's year, the last quarter must have a report
        assertThat(TaskStatus.of(task, update(LocalDate.of(2024, 9, 1), 50, false), LocalDate.of(2025, 3, 1)))
                .isEqualTo(TaskStatus.RECURRING_BEHIND);
        assertThat(TaskStatus.of(task, update(LocalDate.of(2024, 12, 20), 50, false), LocalDate.of(2025, 3, 1)))
                .isEqualTo(TaskStatus.RECURRING_ON_TRACK);
    }

    @Test
    void aRecurringTaskInItsFirstPeriodWithoutReportIsNotStarted() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        assertThat(TaskStatus.of(task, null, LocalDate.of(2024, 2, 1))).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aCancelledTaskIsCancelledWhateverItsProgress() {
        Task t = task(TaskDeadline.date(DUE));
        Task cancelled = new Task(1, 1, 2024, null, null, 1, "x", null, null, 10, List.of(), t.deadline(), Task.Priority.NORMAL, 1,
                "Không còn phù hợp", null, 0);
        assertThat(TaskStatus.of(cancelled, update(DUE, 100, true), DUE)).isEqualTo(TaskStatus.CANCELLED);
        assertThat(TaskStatus.CANCELLED.bucket()).isNull();
    }

    @Test
    void progressRollsUpAsTheWeightedMeanOfLatestPercentagesAndDoneCountsAsHundred() {
        List<TaskCounts.Entry> entries = List.of(
                new TaskCounts.Entry(TaskStatus.DONE_ON_TIME, true, 90, 1),
                new TaskCounts.Entry(TaskStatus.IN_PROGRESS, true, 50, 2),
                new TaskCounts.Entry(TaskStatus.NOT_STARTED, false, 0, 1),
                new TaskCounts.Entry(TaskStatus.CANCELLED, true, 10, 5));
        assertThat(Rollup.progress(entries)).isEqualByComparingTo(new BigDecimal("50"));
    }

    @Test
    void countsAreWrittenAsInTheReports() {
        List<TaskCounts.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 73; i++) {
            entries.add(new TaskCounts.Entry(i < 70 ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE, true, 100, 1));
        }
        for (int i = 0; i < 21; i++) {
            entries.add(new TaskCounts.Entry(i < 3 ? TaskStatus.OVERDUE : TaskStatus.IN_PROGRESS, true, 40, 1));
        }
        for (int i = 0; i < 8; i++) {
            entries.add(new TaskCounts.Entry(TaskStatus.NOT_STARTED, false, 0, 1));
        }
        TaskCounts counts = TaskCounts.of(entries);
        assertThat(counts.total()).isEqualTo(102);
        assertThat(counts.done()).isEqualTo(73);
        assertThat(counts.doneShare()).isEqualTo("71,6%");
        assertThat(TaskCounts.twoDigits(counts.notStarted())).isEqualTo("08");
        assertThat(counts.byBucket().get(TaskStatus.Bucket.OPEN_OVERDUE)).isEqualTo(3);
        assertThat(counts.byBucket().get(TaskStatus.Bucket.DONE_LATE)).isEqualTo(3);
    }
}
