package vn.danvan.program;

/** How a task's deadline is written in a plan: a date, a quarter, half a year, the year, or "thường xuyên". */
public enum DeadlineKind { DATE, QUARTER, HALF_YEAR, YEAR, RECURRING }
