package vn.danvan.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import vn.danvan.system.VietnameseFormat;

/**
 * The counts of a set of tasks as the reports write them — "hoàn thành 73/102 nhiệm vụ (71,6%), đang triển
 * khai 21/102, chưa thực hiện 08/102" — and the Government Office's four buckets. Cancelled tasks are left out
 * of the total.
 *
 * @param inProgress open tasks with at least one progress update
 * @param notStarted open tasks without any update
 */
public record TaskCounts(long total, long done, long inProgress, long notStarted, long cancelled,
                         Map<TaskStatus, Long> byStatus, Map<TaskStatus.Bucket, Long> byBucket, BigDecimal progress) {

    /** One task's derived facts, what counting needs. */
    public record Entry(TaskStatus status, boolean reported, int percent, int weight) {
    }

    public static TaskCounts of(Collection<Entry> entries) {
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        Map<TaskStatus.Bucket, Long> byBucket = new EnumMap<>(TaskStatus.Bucket.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (TaskStatus.Bucket bucket : TaskStatus.Bucket.values()) {
            byBucket.put(bucket, 0L);
        }
        long total = 0, done = 0, inProgress = 0, notStarted = 0, cancelled = 0;
        for (Entry e : entries) {
            byStatus.merge(e.status(), 1L, Long::sum);
            if (e.status() == TaskStatus.CANCELLED) {
                cancelled++;
                continue;
            }
            total++;
            byBucket.merge(e.status().bucket(), 1L, Long::sum);
            if (e.status().isDone()) {
                done++;
            } else if (e.reported()) {
                inProgress++;
            } else {
                notStarted++;
            }
        }
        return new TaskCounts(total, done, inProgress, notStarted, cancelled, byStatus, byBucket, Rollup.progress(entries));
    }

    /** The same counts with another progress figure: a plan's, which weighs its task groups ({@link Rollup#ofPlan}). */
    TaskCounts withProgress(BigDecimal figure) {
        return new TaskCounts(total, done, inProgress, notStarted, cancelled, byStatus, byBucket, figure);
    }

    /** "71,6%": one decimal, as the reports write shares. */
    public static String share(long part, long total) {
        if (total == 0) {
            return "0%";
        }
        return VietnameseFormat.percent(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                );
    }

    /** "08": counts below ten are written with two digits in the reports. */
    public static String twoDigits(long count) {
        return count < 10 ? "0" + count : VietnameseFormat.number(count);
    }

    public String doneShare() {
        return share(done, total);
    }
}
