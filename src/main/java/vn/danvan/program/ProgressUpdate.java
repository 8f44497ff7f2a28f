package vn.danvan.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One report on a task's progress. Never changed once written: the updates are the task's history. */
public record ProgressUpdate(long id, long taskId, LocalDate reportedOn, int percent, String milestone, String note,
                             boolean done, String reportedBy, Long organizationId, OffsetDateTime createdAt) {
}
