package vn.danvan.notification;

import java.util.List;

/**
 * One notification for one user. The text is a message key with arguments, rendered in the reader's language
 * when shown or mailed. {@code dedupKey} makes sending idempotent: a second notice with the same key for the same
 * recipient is ignored (e.g. {@code "task-due:42:2026-11-30"}).
 *
 * @param category short code used for filtering and icons, e.g. {@code TASK_DUE}, {@code TASK_OVERDUE},
 *                 {@code CASE_DUE}, {@code CASE_OVERDUE}
 * @param link     application path the notice opens, e.g. {@code /tasks/42}
 */
public record Notice(String dedupKey, long recipientUserId, String category, String messageKey, List<String> args,
                     String link) {

    public Notice {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
