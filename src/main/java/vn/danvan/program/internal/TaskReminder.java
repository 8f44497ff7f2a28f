package vn.danvan.program.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danvan.program.ProgressUpdate;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskDeadline;
import vn.danvan.program.TaskStatus;

/**
 * A reminder that a task calls for on a given day: its deadline is near (DUE) or has passed (OVERDUE).
 *
 * <p>A task with a deadline is due from N days before its last day, and overdue from the day after while it is
 * not reported done. A recurring ("thường xuyên") task is due when the current reporting period ends within N days
 * and it has not reported in that period; it is overdue when a period ended without a report — the status the
 * screens show as "behind". A cancelled or done task calls for nothing.
 *
 * <p>Each reminder is sent once per task, kind and deadline ({@link #dedupKey}): a task overdue for months is not
 * repeated every day or every week — its state stays visible in "Việc của tôi" and in the plan's counts — but a
 * deadline that is adjusted, or a new reporting period, is a new deadline and reminds again.
 */
record TaskReminder(Kind kind, LocalDate deadline, boolean recurring) {

    enum Kind { DUE, OVERDUE }

    static List<TaskReminder> of(Task task, ProgressUpdate latest, LocalDate today, int dueWithinDays) {
        TaskStatus status = TaskStatus.of(task, latest, today);
        if (status == TaskStatus.CANCELLED || status.isDone()) {
            return List.of();
        }
        TaskDeadline deadline = task.deadline();
        LocalDate horizon = today.plusDays(dueWithinDays);
        if (!deadline.isRecurring()) {
            if (status == TaskStatus.OVERDUE) {
                return List.of(new TaskReminder(Kind.OVERDUE, deadline.dueDate(), false));
            }
            return deadline.dueDate().isAfter(horizon) ? List.of()
                    : List.of(new TaskReminder(Kind.DUE, deadline.dueDate(), false));
        }
        RecurringPeriod every = deadline.recurringPeriod();
        List<TaskReminder> reminders = new ArrayList<>();
        if (status == TaskStatus.RECURRING_BEHIND) {
            // the period that ended without a report: the last one of the year once the year is over
            LocalDate missed = today.isAfter(deadline.dueDate()) ? deadline.dueDate() : every.startOf(today).minusDays(1);
            reminders.add(new TaskReminder(Kind.OVERDUE, missed, true));
        }
        if (!today.isAfter(deadline.dueDate())) {
            LocalDate periodStart = every.startOf(today);
            LocalDate periodEnd = every.endOf(today).isAfter(deadline.dueDate()) ? deadline.dueDate() : every.endOf(today);
            boolean reportedInPeriod = latest != null && !latest.reportedOn().isBefore(periodStart);
            if (!reportedInPeriod && !periodEnd.isAfter(horizon)) {
                reminders.add(new TaskReminder(Kind.DUE, periodEnd, true));
            }
        }
        return reminders;
    }

    /** The notification's category, shared with other modules' reminders. */
    String category() {
        return kind == Kind.DUE ? "TASK_DUE" : "TASK_OVERDUE";
    }

    String messageKey() {
        return "notification.task." + (recurring ? (kind == Kind.DUE ? "periodDue" : "periodMissed")
                : (kind == Kind.DUE ? "due" : "overdue"));
    }

    /** Once per task, kind and deadline, whoever receives it. */
    String dedupKey(long taskId) {
        return "task-" + (kind == Kind.DUE ? "due" : "overdue") + ":" + taskId + ":" + deadline;
    }
}
