package vn.danvan.program;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A plan's deadlines month by month: the tasks due in each month of the year (a quarter's tasks in its last month,
 * the year's in December), soonest first, and the recurring ones, which have no single deadline, on their own.
 * Every month of the plan's year is listed, so that an empty month shows as such.
 */
public record PlanTimeline(List<Month> months, List<TaskRow> recurring, TaskCounts recurringCounts) {

    /** One month: its tasks by due date and their counts. */
    public record Month(YearMonth month, List<TaskRow> tasks, TaskCounts counts) {

        public long late() {
            return tasks.stream().filter(r -> r.status().isLate()).count();
        }
    }

    public static PlanTimeline of(int year, Collection<TaskRow> rows) {
        Map<YearMonth, List<TaskRow>> byMonth = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.put(YearMonth.of(year, m), new java.util.ArrayList<>());
        }
        Comparator<TaskRow> order = Comparator.comparing((TaskRow r) -> r.task().deadline().dueDate())
                .thenComparingInt(r -> r.task().ordinal());
        rows.stream().filter(r -> !r.task().deadline().isRecurring()).sorted(order)
                .forEach(r -> byMonth.computeIfAbsent(YearMonth.from(r.task().deadline().dueDate()), k -> new java.util.ArrayList<>()).add(r));
        List<TaskRow> recurring = rows.stream().filter(r -> r.task().deadline().isRecurring()).sorted(order).toList();
        return new PlanTimeline(byMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), List.copyOf(e.getValue()), ProgramPlans.count(e.getValue())))
                .collect(Collectors.toList()), recurring, ProgramPlans.count(recurring));
    }
}
