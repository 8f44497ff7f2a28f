package vn.danvan.activity;

import java.util.List;

/** One conclusion (kết luận) of an event, and the tasks it became. */
public record Conclusion(long id, long activityId, int ordinal, String content, List<Long> taskIds) {

    public boolean hasFollowUps() {
        return !taskIds.isEmpty();
    }
}
