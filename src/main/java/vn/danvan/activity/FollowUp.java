package vn.danvan.activity;

import vn.danvan.program.TaskRow;

/**
 * A task that a conclusion became, with its live status; {@code row} is null when the task is outside the
 * caller's scope (another commune leads it), so that the event page can say so without showing it.
 */
public record FollowUp(long conclusionId, long taskId, TaskRow row) {

    public boolean isVisible() {
        return row != null;
    }
}
