package vn.danvan.program;

import java.time.LocalDate;
import vn.danvan.system.RuleViolation;

/**
 * A task's deadline as the plan writes it, with the last day it allows: "Quý I" ends on 31/03, "6 tháng đầu
 * năm" on 30/06, "năm 2024" on 31/12/2024; a recurring task runs until the end of the plan's year and reports
 * every {@link RecurringPeriod}.
 *
 * @param period the quarter (1–4) or half (1–2) of a period deadline, otherwise null
 */
public record TaskDeadline(DeadlineKind kind, LocalDate dueDate, Integer period, RecurringPeriod recurringPeriod) {

    public static TaskDeadline date(LocalDate date) {
        return new TaskDeadline(DeadlineKind.DATE, date, null, null);
    }

    public static TaskDeadline quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new RuleViolation("task.deadline.quarter");
        }
        return new TaskDeadline(DeadlineKind.QUARTER, LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1), quarter, null);
    }

    public static TaskDeadline halfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new RuleViolation("task.deadline.half");
        }
        return new TaskDeadline(DeadlineKind.HALF_YEAR, half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), half, null);
    }

    public static TaskDeadline year(int year) {
        return new TaskDeadline(DeadlineKind.YEAR, LocalDate.of(year, 12, 31), null, null);
    }

    public static TaskDeadline recurring(int year, RecurringPeriod every) {
        return new TaskDeadline(DeadlineKind.RECURRING, LocalDate.of(year, 12, 31), null,
                every == null ? RecurringPeriod.QUARTER : every);
    }

    /** Parses a form's or API's fields; the plan's year fills in period deadlines. */
    public static TaskDeadline of(DeadlineKind kind, int planYear, LocalDate date, Integer period, RecurringPeriod every) {
        if (kind == null) {
            throw new RuleViolation("task.deadline.required");
        }
        return switch (kind) {
            case DATE -> {
                if (date == null) {
                    throw new RuleViolation("task.deadline.required");
                }
                yield date(date);
            }
            case QUARTER -> quarter(planYear, period == null ? 0 : period);
            case HALF_YEAR -> halfYear(planYear, period == null ? 0 : period);
            case YEAR -> year(planYear);
            case RECURRING -> recurring(planYear, every);
        };
    }

    public boolean isRecurring() {
        return kind == DeadlineKind.RECURRING;
    }
}
