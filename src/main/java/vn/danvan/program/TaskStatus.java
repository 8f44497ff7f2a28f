package vn.danvan.program;

import java.time.LocalDate;

/**
 * Where a task stands, derived from its deadline, its latest progress update and the day — never typed by
 * hand, so that a report and the screens cannot disagree.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OVERDUE, RECURRING_ON_TRACK, RECURRING_BEHIND, CANCELLED;

    /** The Government Office's four buckets for assigned tasks; a cancelled task is in none. */
    public enum Bucket { DONE_ON_TIME, DONE_LATE, OPEN_IN_TERM, OPEN_OVERDUE }

    /**
     * @param latest the latest update (by reported date, then order of entry), or null when none
     */
    public static TaskStatus of(Task task, ProgressUpdate latest, LocalDate today) {
        if (task.isCancelled()) {
            return CANCELLED;
        }
        TaskDeadline deadline = task.deadline();
        if (deadline.isRecurring()) {
            return recurring(task, deadline, latest, today);
        }
        if (latest != null && latest.done()) {
            // done on the deadline day itself is on time
            return latest.reportedOn().isAfter(deadline.dueDate()) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(deadline.dueDate())) {
            return OVERDUE;
        }
        return latest == null ? NOT_STARTED : IN_PROGRESS;
    }

    /**
     * A recurring task is on track when it has reported in the current period, or in the previous one while the
     * current period is still running; it falls behind once a period has ended without a report. Its first
     * period, before any period has ended, is "not started" until it reports.
     */
    private static TaskStatus recurring(Task task, TaskDeadline deadline, ProgressUpdate latest, LocalDate today) {
        RecurringPeriod every = deadline.recurringPeriod();
        LocalDate reference = today.isAfter(deadline.dueDate()) ? deadline.dueDate() : today;
        LocalDate currentStart = every.startOf(reference);
        LocalDate taskStart = LocalDate.of(task.planYear(), 1, 1);
        boolean currentEnded = today.isAfter(every.endOf(reference));
        if (latest != null && !latest.reportedOn().isBefore(currentStart)) {
            return RECURRING_ON_TRACK;
        }
        if (!currentEnded) {
            LocalDate previousStart = every.startOf(currentStart.minusDays(1));
            if (!currentStart.isAfter(taskStart)) {
                return latest == null ? NOT_STARTED : RECURRING_ON_TRACK;
            }
            if (latest != null && !latest.reportedOn().isBefore(previousStart)) {
                return RECURRING_ON_TRACK;
            }
        }
        return RECURRING_BEHIND;
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public boolean isLate() {
        return this == OVERDUE || this == RECURRING_BEHIND;
    }

    public Bucket bucket() {
        return switch (this) {
            case DONE_ON_TIME -> Bucket.DONE_ON_TIME;
            case DONE_LATE -> Bucket.DONE_LATE;
            case OVERDUE, RECURRING_BEHIND -> Bucket.OPEN_OVERDUE;
            case NOT_STARTED, IN_PROGRESS, RECURRING_ON_TRACK -> Bucket.OPEN_IN_TERM;
            case CANCELLED -> null;
        };
    }
}
