package vn.danvan.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.danvan.system.VietnameseText;

/**
 * A plan's scorecard by lead organization: how many tasks each leads and where they stand in the Government
 * Office's four buckets, and its on-time rate. Built from the same {@link TaskCounts} as the plan's counts, so the
 * lines always add up to the plan's figures.
 *
 * <p>The on-time rate is the share of the organization's tasks done by their deadline, out of all its tasks
 * (cancelled ones left out), written as the reports write shares: "71,6%".
 *
 * @param total the plan's line: the sum of all organizations
 */
public record Scorecard(List<Line> lines, Line total) {

    /** The columns a scorecard can be sorted by. */
    public enum Sort { ORGANIZATION, TASKS, DONE_ON_TIME, DONE_LATE, OPEN_IN_TERM, OPEN_OVERDUE, ON_TIME_RATE }

    /**
     * @param organizationId null on the total line
     * @param tasks          tasks led, cancelled ones left out
     */
    public record Line(Long organizationId, String organizationName, long tasks, long doneOnTime, long doneLate, long openInTerm,
                       long openOverdue, long cancelled) {

        static Line of(Long organizationId, String name, TaskCounts counts) {
            Map<TaskStatus.Bucket, Long> b = counts.byBucket();
            return new Line(organizationId, name, counts.total(), b.get(TaskStatus.Bucket.DONE_ON_TIME), b.get(TaskStatus.Bucket.DONE_LATE),
                    b.get(TaskStatus.Bucket.OPEN_IN_TERM), b.get(TaskStatus.Bucket.OPEN_OVERDUE), counts.cancelled());
        }

        /** Done on time out of all tasks, in percent with one decimal; zero when the organization has no task. */
        public BigDecimal onTimeRate() {
            if (tasks == 0) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(doneOnTime * 100).divide(BigDecimal.valueOf(tasks), 1, RoundingMode.HALF_UP);
        }

        /** "71,6%"; "—" for an organization whose every task was cancelled. */
        public String onTimeRateText() {
            return tasks == 0 ? "—" : TaskCounts.share(doneOnTime, tasks);
        }
    }

    /** The scorecard of these tasks, organizations named by {@code names}, in Vietnamese order of their names. */
    public static Scorecard of(Collection<TaskRow> rows, Function<Long, String> names) {
        List<Line> lines = ProgramPlans.countBy(rows, r -> r.task().leadOrganizationId()).entrySet().stream()
                .map(e -> Line.of(e.getKey(), names.apply(e.getKey()), e.getValue())).toList();
        return new Scorecard(lines, Line.of(null, null, ProgramPlans.count(rows))).sortedBy(Sort.ORGANIZATION, false);
    }

    /** The same scorecard sorted by a column; ties in Vietnamese order of the organizations' names. */
    public Scorecard sortedBy(Sort sort, boolean descending) {
        Comparator<Line> byName = Comparator.comparing(Line::organizationName, VietnameseText.order());
        Comparator<Line> order = switch (sort == null ? Sort.ORGANIZATION : sort) {
            case ORGANIZATION -> byName;
            case TASKS -> Comparator.comparingLong(Line::tasks);
            case DONE_ON_TIME -> Comparator.comparingLong(Line::doneOnTime);
            case DONE_LATE -> Comparator.comparingLong(Line::doneLate);
            case OPEN_IN_TERM -> Comparator.comparingLong(Line::openInTerm);
            case OPEN_OVERDUE -> Comparator.comparingLong(Line::openOverdue);
            case ON_TIME_RATE -> Comparator.comparing(Line::onTimeRate);
        };
        if (descending) {
            order = order.reversed();
        }
        return new Scorecard(lines.stream().sorted(order.thenComparing(byName)).toList(), total);
    }
}
