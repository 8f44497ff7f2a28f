package vn.danvan.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.program.ProgressUpdate;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskDeadline;

/** Which reminder a task calls for on a day, and how often (once per task, kind and deadline). */
class TaskReminderTest {

    private static final int DAYS = 7;
    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    private static Task task(TaskDeadline deadline) {
        return task(deadline, null);
    }

    private static Task task(TaskDeadline deadline, String cancelledReason) {
        return new Task(42, 1, 2024, null, null, 1, "Nhiệm vụ", null, null, 10, List.of(), deadline, Task.Priority.NORMAL, 1,
                cancelledReason, null, 0);
    }

    private static ProgressUpdate update(LocalDate on, boolean done) {
        return new ProgressUpdate(1, 42, on, done ? 100 : 50, null, null, done, "xa", 10L, null);
    }

    @Test
    void aTaskIsDueFromNDaysBeforeItsLastDayUntilThatDay() {
        Task task = task(TaskDeadline.date(DUE));
        assertThat(TaskReminder.of(task, null, DUE.minusDays(DAYS + 1), DAYS)).isEmpty();
        assertThat(TaskReminder.of(task, null, DUE.minusDays(DAYS), DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.DUE, DUE, false));
        assertThat(TaskReminder.of(task, update(DUE.minusDays(10), false), DUE, DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.DUE, DUE, false));
    }

    @Test
    void theDayAfterTheDeadlineAnOpenTaskIsOverdue() {
        assertThat(TaskReminder.of(task(TaskDeadline.date(DUE)), null, DUE.plusDays(1), DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.OVERDUE, DUE, false));
    }

    @Test
    void aDoneOrCancelledTaskCallsForNothing() {
        assertThat(TaskReminder.of(task(TaskDeadline.date(DUE)), update(DUE.minusDays(2), true), DUE.minusDays(1), DAYS)).isEmpty();
        assertThat(TaskReminder.of(task(TaskDeadline.date(DUE)), update(DUE.plusDays(3), true), DUE.plusDays(5), DAYS)).isEmpty();
        assertThat(TaskReminder.of(task(TaskDeadline.date(DUE), "Không còn phù hợp"), null, DUE.plusDays(5), DAYS)).isEmpty();
    }

    @Test
    void aPeriodDeadlineIsDueBeforeTheLastDayOfItsQuarter() {
        TaskDeadline quarter = TaskDeadline.quarter(2024, 1);
        assertThat(TaskReminder.of(task(quarter), null, LocalDate.of(2024, 3, 25), DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.DUE, LocalDate.of(2024, 3, 31), false));
    }

    @Test
    void aRecurringTaskIsDueWhenItsReportingPeriodEndsSoonWithoutAReport() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        LocalDate day = LocalDate.of(2024, 6, 25);
        assertThat(TaskReminder.of(task, update(LocalDate.of(2024, 3, 20), false), day, DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.DUE, LocalDate.of(2024, 6, 30), true));
        // reported in the current quarter: nothing to remind
        assertThat(TaskReminder.of(task, update(LocalDate.of(2024, 4, 10), false), day, DAYS)).isEmpty();
        // the quarter ends in more than N days
        assertThat(TaskReminder.of(task, update(LocalDate.of(2024, 3, 20), false), LocalDate.of(2024, 6, 1), DAYS)).isEmpty();
    }

    @Test
    void aRecurringTaskIsOverdueForThePeriodThatEndedWithoutAReport() {
        Task task = task(TaskDeadline.recurring(2024, RecurringPeriod.QUARTER));
        // last report in Q1, nothing in Q2, now in Q3: the quarter that ended on 30/06 was missed
        assertThat(TaskReminder.of(task, update(LocalDate.of(2024, 2, 1), false), LocalDate.of(2024, 8, 1), DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.OVERDUE, LocalDate.of(2024, 6, 30), true));
        // after the plan's year, the last period of the year is the one missed
        assertThat(TaskReminder.of(task, update(LocalDate.of(2024, 8, 1), false), LocalDate.of(2025, 1, 15), DAYS))
                .containsExactly(new TaskReminder(TaskReminder.Kind.OVERDUE, LocalDate.of(2024, 12, 31), true));
    }

    @Test
    void theDedupKeyNamesTaskKindAndDeadlineSoThatAnAdjustedDeadlineRemindsAgain() {
        TaskReminder due = new TaskReminder(TaskReminder.Kind.DUE, DUE, false);
        assertThat(due.dedupKey(42)).isEqualTo("task-due:42:2024-06-30");
        assertThat(new TaskReminder(TaskReminder.Kind.DUE, DUE.plusDays(30), false).dedupKey(42)).isNotEqualTo(due.dedupKey(42));
        assertThat(new TaskReminder(TaskReminder.Kind.OVERDUE, DUE, false).dedupKey(42)).isEqualTo("task-overdue:42:2024-06-30");
        assertThat(due.category()).isEqualTo("TASK_DUE");
        assertThat(new TaskReminder(TaskReminder.Kind.OVERDUE, DUE, true).messageKey()).isEqualTo("notification.task.periodMissed");
    }
}
