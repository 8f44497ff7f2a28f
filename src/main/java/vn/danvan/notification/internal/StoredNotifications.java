package vn.danvan.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;

/**
 * Stores notices once per recipient and dedup key, then mails what is new when mail is configured.
 *
 * <p>Idempotence: a notice whose key the recipient already has is skipped (check), and a second instance
 * inserting the same notice at the same moment is stopped by the unique constraint (guard). Each insert runs in
 * its own savepoint, so that the refused duplicate leaves the caller's transaction usable (PostgreSQL aborts a
 * transaction on any failed statement).
 *
 * <p>E-mail goes out after the caller's transaction commits (or at once without one): a notice rolled back with
 * its cause is never mailed, and a slow SMTP server never holds a database transaction open.
 */
@Service
class StoredNotifications implements Notifications {

    /** Roles that plan and monitor: the coordinators a reminder goes to besides the responsible officers. */
    private static final Set<Role> COORDINATING = EnumSet.of(Role.COORDINATOR, Role.LEADER);

    private final NotificationRepository repository;
    private final UserAccounts accounts;
    private final NoticeMailer mailer;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    StoredNotifications(NotificationRepository repository, UserAccounts accounts, NoticeMailer mailer, Clock clock,
                        PlatformTransactionManager transactions) {
        this.repository = repository;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public int send(Collection<Notice> notices) {
        int created = 0;
        for (Notice notice : notices) {
            check(notice);
            if (insertIfNew(notice)) {
                created++;
            }
        }
        if (mailer.enabled()) {
            // mails the new notices and retries those whose e-mail failed on an earlier run
            afterCommit(mailer::mailPending);
        }
        return created;
    }

    private boolean insertIfNew(Notice notice) {
        if (repository.exists(notice.recipientUserId(), notice.dedupKey())) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> repository.insert(notice, OffsetDateTime.now(clock)));
            return true;
        } catch (DuplicateKeyException raced) {
            // another instance stored the same notice between the check and the insert
            return false;
        }
    }

    @Override
    public Set<Long> officersOf(long organizationId) {
        return accounts.activeMembersOf(organizationId);
    }

    @Override
    public Set<Long> coordinatorsOver(long organizationId) {
        return accounts.activeWithRoleCovering(organizationId, COORDINATING);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** A notice is built by code, not typed by a person: a malformed one is a programming error. */
    private static void check(Notice notice) {
        require(notice.dedupKey() != null && !notice.dedupKey().isBlank() && notice.dedupKey().length() <= 200, "dedupKey", notice);
        require(notice.category() != null && !notice.category().isBlank() && notice.category().length() <= 30, "category", notice);
        require(notice.messageKey() != null && !notice.messageKey().isBlank() && notice.messageKey().length() <= 150, "messageKey", notice);
        require(String.join(NotificationRepository.ARGS_SEPARATOR, notice.args()).length() <= 4000
                && notice.args().stream().noneMatch(a -> a == null || a.contains(NotificationRepository.ARGS_SEPARATOR)), "args", notice);
        // only paths of this application: a notice must never send its reader to another site
        require(notice.link() == null || (notice.link().startsWith("/") && !notice.link().startsWith("//")
                && !notice.link().contains("\\") && notice.link().chars().noneMatch(Character::isISOControl)
                && notice.link().length() <= 500), "link", notice);
    }

    private static void require(boolean condition, String field, Notice notice) {
        if (!condition) {
            throw new IllegalArgumentException("invalid notice " + field + ": " + notice);
        }
    }
}
