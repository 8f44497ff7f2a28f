package vn.danvan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.notification.internal.NotificationRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * A user's own notices, newest first. Every method takes the reader's account id: another user's notice is
 * "not found" (404), whether it exists or not. Reading state is the reader's own and not a change of the
 * province's records, so it is not written to the audit log.
 */
@Service
public class Inbox {

    private final NotificationRepository repository;
    private final Clock clock;

    public Inbox(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * @param category only this category when not blank
     */
    @Transactional(readOnly = true)
    public Paged<StoredNotice> page(long userId, boolean unreadOnly, String category, PageQuery page) {
        return repository.page(userId, unreadOnly, category == null || category.isBlank() ? null : category.strip(), page);
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return repository.countUnread(userId);
    }

    @Transactional(readOnly = true)
    public List<String> categories(long userId) {
        return repository.categories(userId);
    }

    @Transactional(readOnly = true)
    public StoredNotice get(long userId, long id) {
        return repository.find(id, userId).orElseThrow(() -> new NotFoundException("notification.notFound"));
    }

    /** Marks the notice read and returns it; reading it again keeps the first reading time. */
    @Transactional
    public StoredNotice markRead(long userId, long id) {
        get(userId, id);
        repository.markRead(id, userId, OffsetDateTime.now(clock));
        return get(userId, id);
    }

    /** @return how many notices were unread */
    @Transactional
    public int markAllRead(long userId) {
        return repository.markAllRead(userId, OffsetDateTime.now(clock));
    }
}
