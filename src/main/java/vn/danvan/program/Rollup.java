package vn.danvan.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The progress of a group, a plan or a program content: the weighted mean of its tasks' latest percentages
 * (a done task counts 100, a task never reported 0), weights set by the coordinator and equal by default.
 * Cancelled tasks do not count. Computed on every read, hence always up to date after an update.
 */
public final class Rollup {

    private Rollup() {
    }

    public static BigDecimal progress(Collection<TaskCounts.Entry> entries) {
        long weights = 0;
        long sum = 0;
        for (TaskCounts.Entry e : entries) {
            if (e.status() == TaskStatus.CANCELLED) {
                continue;
            }
            int percent = e.status().isDone() ? 100 : e.percent();
            weights += e.weight();
            sum += (long) percent * e.weight();
        }
        if (weights == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }
}
