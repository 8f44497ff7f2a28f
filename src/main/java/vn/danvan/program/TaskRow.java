package vn.danvan.program;

/** A task with what is derived from its history: its status and its latest update (null when none). */
public record TaskRow(Task task, TaskStatus status, ProgressUpdate latest) {

    /** The latest percentage; a done task counts 100. */
    public int percent() {
        return status.isDone() ? 100 : latest == null ? 0 : latest.percent();
    }

    public TaskCounts.Entry entry() {
        return new TaskCounts.Entry(status, latest != null, percent(), task.weight());
    }
}
