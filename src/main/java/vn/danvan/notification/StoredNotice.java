package vn.danvan.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notice as kept for its recipient: what {@link Notice} said, when it arrived, when it was read and mailed.
 *
 * @param readAt   null while unread
 * @param mailedAt null while no e-mail has carried it (mail not configured, no address, or a failed attempt)
 */
public record StoredNotice(long id, long recipientUserId, String category, String messageKey, List<String> args,
                           String link, OffsetDateTime createdAt, OffsetDateTime readAt, OffsetDateTime mailedAt) {

    public StoredNotice {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** The arguments as the message source takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
