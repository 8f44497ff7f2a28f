package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plan's progress weighs its task groups by the weights of the plan form, and the tasks of each group by theirs
 * ({@link Rollup}). The examples state the rule; the properties hold for every plan, checked on seeded random
 * plans (200 seeds each; a failure names its seed, and the same seed gives the same plan again).
 */
class RollupTest {

    private static final long PLAN = 1;

    // ------------------------------------------------------------------ examples

    @Test
    void aGroupOfWeightThreeCountsThreeTimesAGroupOfWeightOneWhateverTheirNumberOfTasks() {
        List<TaskGroup> groups = List.of(group(1, 3), group(2, 1));
        List<TaskRow> rows = List.of(
                row(1L, TaskStatus.DONE_ON_TIME, 100, 1),
                row(2L, TaskStatus.NOT_STARTED, 0, 1),
                row(2L, TaskStatus.NOT_STARTED, 0, 1),
                row(2L, TaskStatus.NOT_STARTED, 0, 1));
        assertThat(Rollup.ofPlan(rows, groups)).isEqualByComparingTo("75");
        // the tasks alone, as the roll-up counted before group weights were used, would say 25%
        assertThat(Rollup.progress(entries(rows))).isEqualByComparingTo("25");
    }

    @Test
    void withinAGroupTheTasksWeighByTheirOwnWeights() {
        List<TaskGroup> groups = List.of(group(1, 1), group(2, 1));
        List<TaskRow> rows = List.of(
                row(1L, TaskStatus.IN_PROGRESS, 40, 1),
                row(1L, TaskStatus.IN_PROGRESS, 80, 3),
                row(2L, TaskStatus.DONE_LATE, 60, 1));
        // group 1: (40 + 3·80) / 4 = 70; group 2: done counts 100; equal group weights: (70 + 100) / 2
        assertThat(Rollup.ofPlan(rows, groups)).isEqualByComparingTo("85");
    }

    @Test
    void tasksOutsideAnyGroupCountTogetherAsOneGroupOfTheDefaultWeightOne() {
        List<TaskGroup> groups = List.of(group(1, 2));
        List<TaskRow> rows = List.of(
                row(1L, TaskStatus.DONE_ON_TIME, 100, 1),
                row(null, TaskStatus.IN_PROGRESS, 40, 1),
                row(null, TaskStatus.OVERDUE, 80, 3));
        // ungrouped: (40 + 3·80) / 4 = 70, weight 1; group 1: 100, weight 2 → (2·100 + 70) / 3
        assertThat(Rollup.ofPlan(rows, groups)).isEqualByComparingTo("90");
        assertThat(Rollup.UNGROUPED_WEIGHT).isEqualTo(1);
    }

    @Test
    void aGroupWithNoTaskThatCountsIsLeftOutRatherThanCountedAsZero() {
        List<TaskGroup> groups = List.of(group(1, 1), group(2, 5), group(3, 9));
        List<TaskRow> rows = List.of(
                row(1L, TaskStatus.IN_PROGRESS, 30, 1),
                row(2L, TaskStatus.CANCELLED, 90, 1));
        // group 2 only has a cancelled task, group 3 none yet
        assertThat(Rollup.ofPlan(rows, groups)).isEqualByComparingTo("30");
        assertThat(Rollup.ofPlan(List.of(row(2L, TaskStatus.CANCELLED, 90, 1)), groups)).isEqualByComparingTo("0");
        assertThat(Rollup.ofPlan(List.of(), groups)).isEqualByComparingTo("0");
    }

    @Test
    void theFigureHasOneDecimalRoundedHalfUp() {
        List<TaskGroup> groups = List.of(group(1, 2), group(2, 1));
        List<TaskRow> rows = List.of(
                row(1L, TaskStatus.IN_PROGRESS, 10, 1),
                row(2L, TaskStatus.IN_PROGRESS, 5, 1));
        // (2·10 + 5) / 3 = 8,333…
        assertThat(Rollup.ofPlan(rows, groups)).isEqualTo(new BigDecimal("8.3"));
        // (1·10 + 2·0) / 3 = 3,333… next to (1·1 + 1·0) / 2 = 0,5, equal weights → (3,333… + 0,5) / 2 = 1,9166…
        List<TaskRow> more = List.of(
                row(1L, TaskStatus.IN_PROGRESS, 10, 1),
                row(1L, TaskStatus.NOT_STARTED, 0, 2),
                row(2L, TaskStatus.IN_PROGRESS, 1, 1),
                row(2L, TaskStatus.NOT_STARTED, 0, 1));
        assertThat(Rollup.ofPlan(more, List.of(group(1, 1), group(2, 1)))).isEqualTo(new BigDecimal("1.9"));
    }

    // ------------------------------------------------------------------ properties

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPlansProgressLiesBetweenItsLeastAndItsMostAdvancedGroup(long seed) {
        RandomPlan plan = RandomPlan.of(new Random(seed));
        BigDecimal progress = Rollup.ofPlan(plan.rows(), plan.groups());
        assertThat(progress).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(progress.scale()).isLessThanOrEqualTo(1);
        List<BigDecimal> ofGroups = plan.groupProgress();
        if (!ofGroups.isEmpty()) {
            assertThat(progress).isBetween(Collections.min(ofGroups), Collections.max(ofGroups));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPlanWithoutGroupsOrWithASingleOneIsThePlainWeightedMeanOfItsTasks(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        BigDecimal plain = Rollup.progress(entries(plan.rows()));
        List<TaskRow> ungrouped = plan.rows().stream().map(r -> moved(r, null)).toList();
        assertThat(Rollup.ofPlan(ungrouped, List.of())).isEqualByComparingTo(plain);
        List<TaskRow> oneGroup = plan.rows().stream().map(r -> moved(r, 1L)).toList();
        assertThat(Rollup.ofPlan(oneGroup, List.of(group(1, 1 + random.nextInt(100))))).isEqualByComparingTo(plain);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void groupsWeightedLikeTheirTasksGiveThePlainWeightedMeanOfAllTasks(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        int factor = 1 + random.nextInt(3);
        // each group weighs what its tasks weigh together (cancelled ones left out): the groups then add nothing
        List<TaskGroup> proportional = plan.groups().stream()
                .map(g -> group(g.id(), factor * Math.max(1, countedWeight(plan.rows(), g.id())))).toList();
        List<TaskRow> allGrouped = plan.rows().stream().filter(r -> r.task().groupId() != null).toList();
        assertThat(Rollup.ofPlan(allGrouped, proportional)).isEqualByComparingTo(Rollup.progress(entries(allGrouped)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalGroupWeightsGiveEveryGroupTheSameSayWhateverTheWeightAndTheOrder(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        List<TaskRow> allGrouped = plan.rows().stream().filter(r -> r.task().groupId() != null).toList();
        int weight = 1 + random.nextInt(100);
        List<TaskGroup> equal = plan.groups().stream().map(g -> group(g.id(), weight)).toList();
        List<TaskGroup> ones = plan.groups().stream().map(g -> group(g.id(), 1)).toList();
        BigDecimal progress = Rollup.ofPlan(allGrouped, equal);
        assertThat(progress).isEqualByComparingTo(Rollup.ofPlan(allGrouped, ones));
        // the plain mean of the groups' figures, up to their own rounding (half a tenth each way)
        List<BigDecimal> ofGroups = groupProgress(allGrouped, plan.groups());
        if (!ofGroups.isEmpty()) {
            BigDecimal mean = ofGroups.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(ofGroups.size()), 10, java.math.RoundingMode.HALF_UP);
            assertThat(progress.subtract(mean).abs()).isLessThanOrEqualTo(new BigDecimal("0.1"));
        }
        List<TaskRow> shuffled = new ArrayList<>(allGrouped);
        Collections.shuffle(shuffled, random);
        assertThat(Rollup.ofPlan(shuffled, equal)).isEqualByComparingTo(progress);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalingEveryGroupWeightAlikeChangesNothing(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        int factor = 2 + random.nextInt(9);
        // the tasks outside any group weigh 1 whatever the groups weigh, so they are left out here
        List<TaskRow> allGrouped = plan.rows().stream().filter(r -> r.task().groupId() != null).toList();
        List<TaskGroup> scaled = plan.groups().stream().map(g -> group(g.id(), g.weight() * factor)).toList();
        assertThat(Rollup.ofPlan(allGrouped, scaled)).isEqualByComparingTo(Rollup.ofPlan(allGrouped, plan.groups()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportingMoreProgressOnATaskNeverLowersThePlansProgress(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        List<TaskRow> open = plan.rows().stream().filter(r -> !r.status().isDone() && r.status() != TaskStatus.CANCELLED).toList();
        if (open.isEmpty()) {
            return;
        }
        TaskRow before = open.get(random.nextInt(open.size()));
        TaskRow after = random.nextBoolean()
                ? row(before.task().groupId(), TaskStatus.DONE_LATE, 100, before.task().weight())
                : row(before.task().groupId(), TaskStatus.IN_PROGRESS, before.percent() + random.nextInt(101 - before.percent()),
                        before.task().weight());
        List<TaskRow> reported = new ArrayList<>(plan.rows());
        reported.set(reported.indexOf(before), after);
        assertThat(Rollup.ofPlan(reported, plan.groups())).isGreaterThanOrEqualTo(Rollup.ofPlan(plan.rows(), plan.groups()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHeavierGroupPullsThePlanTowardsItsOwnProgress(long seed) {
        Random random = new Random(seed);
        RandomPlan plan = RandomPlan.of(random);
        if (plan.groups().isEmpty()) {
            return;
        }
        TaskGroup chosen = plan.groups().get(random.nextInt(plan.groups().size()));
        List<TaskRow> its = plan.rows().stream().filter(r -> Long.valueOf(chosen.id()).equals(r.task().groupId())).toList();
        if (its.stream().allMatch(r -> r.status() == TaskStatus.CANCELLED)) {
            return;
        }
        BigDecimal own = Rollup.progress(entries(its));
        BigDecimal before = Rollup.ofPlan(plan.rows(), plan.groups());
        List<TaskGroup> heavier = plan.groups().stream()
                .map(g -> g.id() == chosen.id() ? group(g.id(), g.weight() + 1 + random.nextInt(50)) : g).toList();
        BigDecimal after = Rollup.ofPlan(plan.rows(), heavier);
        // exactly, the new figure lies between the group's and the former one; rounding keeps that order
        assertThat(after.subtract(own).abs()).isLessThanOrEqualTo(before.subtract(own).abs());
    }

    // ------------------------------------------------------------------ fixtures

    /** A plan of 0–5 groups (weights 1–100) with 0–6 tasks each, and 0–4 tasks outside any group. */
    private record RandomPlan(List<TaskGroup> groups, List<TaskRow> rows) {

        static RandomPlan of(Random random) {
            List<TaskGroup> groups = new ArrayList<>();
            List<TaskRow> rows = new ArrayList<>();
            int groupCount = random.nextInt(6);
            for (long g = 1; g <= groupCount; g++) {
                groups.add(group(g, 1 + random.nextInt(100)));
                int tasks = random.nextInt(7);
                for (int t = 0; t < tasks; t++) {
                    rows.add(randomRow(random, g));
                }
            }
            int ungrouped = random.nextInt(5);
            for (int t = 0; t < ungrouped; t++) {
                rows.add(randomRow(random, null));
            }
            Collections.shuffle(rows, random);
            return new RandomPlan(groups, rows);
        }

        List<BigDecimal> groupProgress() {
            List<BigDecimal> all = new ArrayList<>(RollupTest.groupProgress(rows, groups));
            List<TaskRow> ungrouped = rows.stream().filter(r -> r.task().groupId() == null).toList();
            if (ungrouped.stream().anyMatch(r -> r.status() != TaskStatus.CANCELLED)) {
                all.add(Rollup.progress(entries(ungrouped)));
            }
            return all;
        }
    }

    private static List<BigDecimal> groupProgress(List<TaskRow> rows, List<TaskGroup> groups) {
        List<BigDecimal> all = new ArrayList<>();
        for (TaskGroup g : groups.stream().sorted(Comparator.comparingLong(TaskGroup::id)).toList()) {
            List<TaskRow> its = rows.stream().filter(r -> Long.valueOf(g.id()).equals(r.task().groupId())).toList();
            if (its.stream().anyMatch(r -> r.status() != TaskStatus.CANCELLED)) {
                all.add(Rollup.progress(entries(its)));
            }
        }
        return all;
    }

    private static int countedWeight(List<TaskRow> rows, long groupId) {
        return rows.stream().filter(r -> Long.valueOf(groupId).equals(r.task().groupId()) && r.status() != TaskStatus.CANCELLED)
                .mapToInt(r -> r.task().weight()).sum();
    }

    private static final TaskStatus[] STATUSES = TaskStatus.values();

    private static TaskRow randomRow(Random random, Long groupId) {
        TaskStatus status = STATUSES[random.nextInt(STATUSES.length)];
        int percent = status == TaskStatus.NOT_STARTED ? 0 : random.nextInt(101);
        return row(groupId, status, percent, 1 + random.nextInt(100));
    }

    private static TaskGroup group(long id, int weight) {
        return new TaskGroup(id, PLAN, (int) id, "Nhóm " + id, weight);
    }

    /** A task of the plan in that group with its status and latest percentage (none reported when 0 and not done). */
    private static TaskRow row(Long groupId, TaskStatus status, int percent, int weight) {
        Task task = new Task(1, PLAN, 2024, groupId, null, 1, "Nhiệm vụ", null, null, 10, List.of(),
                TaskDeadline.date(LocalDate.of(2024, 12, 31)), Task.Priority.NORMAL, weight,
                status == TaskStatus.CANCELLED ? "Không còn phù hợp" : null, null, 0);
        ProgressUpdate latest = percent == 0 && !status.isDone() ? null
                : new ProgressUpdate(1, 1, LocalDate.of(2024, 6, 1), percent, null, null, status.isDone(), "xa", 10L, null);
        return new TaskRow(task, status, latest);
    }

    private static TaskRow moved(TaskRow r, Long groupId) {
        Task t = r.task();
        return new TaskRow(new Task(t.id(), t.planId(), t.planYear(), groupId, t.contentId(), t.ordinal(), t.title(), t.description(),
                t.expectedOutput(), t.leadOrganizationId(), t.coordinatorIds(), t.deadline(), t.priority(), t.weight(),
                t.cancelledReason(), t.adjustedReason(), t.version()), r.status(), r.latest());
    }

    private static List<TaskCounts.Entry> entries(List<TaskRow> rows) {
        return rows.stream().map(TaskRow::entry).toList();
    }
}
