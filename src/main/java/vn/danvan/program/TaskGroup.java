package vn.danvan.program;

/** A group of tasks (nhóm nhiệm vụ, giải pháp) of a plan. */
public record TaskGroup(long id, long planId, int ordinal, String title, int weight) {
}
