package vn.danvan.program;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of a set of tasks — a group, a program content, a program — is the weighted mean of its tasks'
 * latest percentages (a done task counts 100, a task never reported 0), weights set by the coordinator and equal
 * by default. Cancelled tasks do not count. Computed on every read, hence always up to date after an update.
 *
 * <p>A plan's progress ({@link #ofPlan}) also weighs its task groups, as the plan form promises ("trọng số dùng
 * khi tính tiến độ chung"): each group's progress as above, then the mean of the groups weighted by their group
 * weights. So a group of weight 3 counts three times a group of weight 1 however many tasks each holds.
 * <ul>
 *   <li>Tasks outside any group count together as one more group of weight {@value #UNGROUPED_WEIGHT}, the weight
 *       every group gets by default (a plan created through the API, an imported group). A plan without groups
 *       therefore keeps the plain weighted mean of its tasks, as before groups had weights.</li>
 *   <li>A group without a task that counts (none yet, all cancelled, none in the reader's scope) is left out,
 *       as a cancelled task is, rather than holding the plan down at 0%.</li>
 *   <li>The mean is computed exactly (as a fraction) and rounded once, to one decimal: with one group, or groups
 *       weighted in proportion to their tasks' weights, it is exactly the plain weighted mean of the tasks.</li>
 * </ul>
 * A program's progress and its contents' cut across plans (whose group weights only compare within a plan) and
 * stay the plain weighted mean of their tasks.
 */
public final class Rollup {

    /** The weight of the tasks outside any group, taken together; a group's default weight. */
    public static final int UNGROUPED_WEIGHT = 1;

    private Rollup() {
    }

    /** A weighted part of a plan: a task group's weight and its tasks. */
    public record Part(int weight, Collection<TaskCounts.Entry> entries) {
    }

    /** The weighted mean of these tasks' percentages, one decimal. */
    public static BigDecimal progress(Collection<TaskCounts.Entry> entries) {
        return ofParts(List.of(new Part(UNGROUPED_WEIGHT, entries)));
    }

    /** A plan's progress: its groups weighted by their weights, the tasks of each by theirs. */
    public static BigDecimal ofPlan(Collection<TaskRow> rows, Collection<TaskGroup> groups) {
        Map<Long, Integer> weights = new HashMap<>();
        groups.forEach(g -> weights.put(g.id(), g.weight()));
        // a task whose group is not among the plan's groups (not expected) counts as a group of default weight
        Map<Long, List<TaskCounts.Entry>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.task().groupId(), k -> new ArrayList<>()).add(r.entry()));
        List<Part> parts = new ArrayList<>();
        byGroup.forEach((group, entries) -> parts.add(new Part(group == null ? UNGROUPED_WEIGHT
                : weights.getOrDefault(group, UNGROUPED_WEIGHT), entries)));
        return ofParts(parts);
    }

    /**
     * The mean of the parts' progress weighted by the parts' weights, one decimal; zero when nothing counts.
     * Exact: sum of W·S/T over the parts (S the weighted sum of a part's percentages, T its tasks' weights), over
     * the sum of W, brought to one denominator before the single rounding.
     */
    public static BigDecimal ofParts(Collection<Part> parts) {
        List<Counted> counted = new ArrayList<>();
        BigInteger common = BigInteger.ONE;
        for (Part part : parts) {
            long weights = 0;
            long sum = 0;
            for (TaskCounts.Entry e : part.entries()) {
                if (e.status() == TaskStatus.CANCELLED) {
                    continue;
                }
                int percent = e.status().isDone() ? 100 : e.percent();
                weights += e.weight();
                sum += (long) percent * e.weight();
            }
            if (weights == 0 || part.weight() <= 0) {
                continue;
            }
            counted.add(new Counted(part.weight(), sum, weights));
            BigInteger t = BigInteger.valueOf(weights);
            common = common.divide(common.gcd(t)).multiply(t);
        }
        if (counted.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger partWeights = BigInteger.ZERO;
        for (Counted c : counted) {
            BigInteger w = BigInteger.valueOf(c.weight());
            numerator = numerator.add(w.multiply(BigInteger.valueOf(c.sum())).multiply(common.divide(BigInteger.valueOf(c.taskWeights()))));
            partWeights = partWeights.add(w);
        }
        return new BigDecimal(numerator).divide(new BigDecimal(common.multiply(partWeights)), 1, RoundingMode.HALF_UP);
    }

    private record Counted(long weight, long sum, long taskWeights) {
    }
}
