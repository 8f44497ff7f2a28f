package vn.danvan.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.notification.Notice;
import vn.danvan.notification.StoredNotice;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/** SQL of notifications. Every read and change of a notice names its recipient: nobody reaches another's notices. */
@Repository
public class NotificationRepository {

    /** Separates the arguments in one column; titles and names never contain this control character. */
    static final String ARGS_SEPARATOR = "\u001F";

    private static final String COLUMNS = "id, recipient_id, category, message_key, message_args, link, created_at,"
            + " read_at, mailed_at";

    private final JdbcClient jdbc;

    public NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long recipientId, String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = :r AND dedup_key = :k")
                .param("r", recipientId).param("k", dedupKey).query(Long.class).single() > 0;
    }

    /** Inserts the notice; a duplicate (recipient, dedup key) fails with the unique constraint. */
    public void insert(Notice notice, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO notification (recipient_id, category, message_key, message_args, link, dedup_key, created_at)
                VALUES (:r, :category, :key, :args, :link, :dedup, :now)""")
                .param("r", notice.recipientUserId()).param("category", notice.category())
                .param("key", notice.messageKey()).param("args", String.join(ARGS_SEPARATOR, notice.args()))
                .param("link", notice.link()).param("dedup", notice.dedupKey()).param("now", now)
                .update();
    }

    public Paged<StoredNotice> page(long recipientId, boolean unreadOnly, String category, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE recipient_id = :r");
        if (unreadOnly) {
            where.append(" AND read_at IS NULL");
        }
        if (category != null) {
            where.append(" AND category = :category");
        }
        long total = params(jdbc.sql("SELECT COUNT(*) FROM notification" + where), recipientId, category)
                .query(Long.class).single();
        List<StoredNotice> items = params(jdbc.sql("SELECT " + COLUMNS + " FROM notification" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"), recipientId, category)
                .param("limit", page.size()).param("offset", page.offset())
                .query(NotificationRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long recipientId, String category) {
        spec = spec.param("r", recipientId);
        return category == null ? spec : spec.param("category", category);
    }

    public long countUnread(long recipientId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = :r AND read_at IS NULL")
                .param("r", recipientId).query(Long.class).single();
    }

    /** The categories this recipient has received, for the filter. */
    public List<String> categories(long recipientId) {
        return jdbc.sql("SELECT DISTINCT category FROM notification WHERE recipient_id = :r ORDER BY category")
                .param("r", recipientId).query(String.class).list();
    }

    public Optional<StoredNotice> find(long id, long recipientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id AND recipient_id = :r")
                .param("id", id).param("r", recipientId).query(NotificationRepository::map).optional();
    }

    /** Marks one notice read (if it is the recipient's and still unread); the first reading time is kept. */
    public void markRead(long id, long recipientId, OffsetDateTime now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND recipient_id = :r AND read_at IS NULL")
                .param("now", now).param("id", id).param("r", recipientId).update();
    }

    public int markAllRead(long recipientId, OffsetDateTime now) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE recipient_id = :r AND read_at IS NULL")
                .param("now", now).param("r", recipientId).update();
    }

    // --- e-mail

    /** Recipients with notices not yet mailed, created since the given time. */
    public List<Long> recipientsAwaitingMail(OffsetDateTime since) {
        return jdbc.sql("SELECT DISTINCT recipient_id FROM notification WHERE mailed_at IS NULL AND created_at >= :since"
                        + " ORDER BY recipient_id")
                .param("since", since).query(Long.class).list();
    }

    public List<StoredNotice> awaitingMail(long recipientId, OffsetDateTime since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_id = :r AND mailed_at IS NULL"
                        + " AND created_at >= :since ORDER BY created_at, id")
                .param("r", recipientId).param("since", since).query(NotificationRepository::map).list();
    }

    /**
     * Takes a notice for mailing: only one application instance wins it, so that no notice is mailed twice when
     * two instances mail at the same moment.
     */
    public boolean claimForMail(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id = :id AND mailed_at IS NULL")
                .param("now", now).param("id", id).update() == 1;
    }

    /** Gives notices back after a failed e-mail, so that the next run tries again. */
    public void releaseMail(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE notification SET mailed_at = NULL WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    private static StoredNotice map(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("message_args");
        return new StoredNotice(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("category"),
                rs.getString("message_key"), args.isEmpty() ? List.of() : Arrays.asList(args.split(ARGS_SEPARATOR, -1)),
                rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class), rs.getObject("mailed_at", OffsetDateTime.class));
    }
}
