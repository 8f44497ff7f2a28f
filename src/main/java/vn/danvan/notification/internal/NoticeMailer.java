package vn.danvan.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.notification.StoredNotice;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;

/**
 * Mails the notices not mailed yet, one Vietnamese e-mail per recipient with all of their new notices (a
 * coordinator over a hundred tasks gets one message, not a hundred). Active only when Spring Boot has a mail
 * sender, i.e. when {@code spring.mail.host} is set.
 *
 * <p>A notice is claimed (mailed_at set) before its e-mail is sent, so that two instances never mail it twice;
 * when the SMTP server refuses, the claim is released and the next run tries again. A failure is logged and never
 * propagates: a reminder run or a petition's step does not fail because the mail server is down. Notices older
 * than the retry window are no longer mailed (they stay in the application).
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository repository;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String baseUrl;
    private final String from;
    private final Duration retryWindow;

    NoticeMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository repository, UserAccounts accounts,
                 MessageSource messages, Clock clock, PlatformTransactionManager transactions,
                 @Value("${danvan.notifications.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${danvan.notifications.mail-from:no-reply@localhost}") String from,
                 @Value("${danvan.notifications.mail-retry:P7D}") Duration retryWindow) {
        this.mailSender = mailSender;
        this.repository = repository;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        // called after the caller's commit: its own short transactions, never the finished one
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.retryWindow = retryWindow;
    }

    boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    /** @return how many e-mails went out */
    int mailPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        OffsetDateTime since = OffsetDateTime.now(clock).minus(retryWindow);
        int sent = 0;
        List<Long> recipients = ownTransaction.execute(status -> repository.recipientsAwaitingMail(since));
        for (long recipientId : recipients) {
            try {
                if (mailTo(sender, recipientId, since)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not mail the notices of user {}; they will be retried on the next run: {}", recipientId, e.toString());
            }
        }
        return sent;
    }

    private boolean mailTo(JavaMailSender sender, long recipientId, OffsetDateTime since) {
        UserAccount account = accounts.find(recipientId).orElse(null);
        if (account == null || !account.enabled() || account.email() == null || account.email().isBlank()) {
            return false;
        }
        List<StoredNotice> claimed = new ArrayList<>();
        for (StoredNotice notice : ownTransaction.execute(status -> repository.awaitingMail(recipientId, since))) {
            if (Boolean.TRUE.equals(ownTransaction.execute(status -> repository.claimForMail(notice.id(), OffsetDateTime.now(clock))))) {
                claimed.add(notice);
            }
        }
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from, text("app.name"));
            helper.setTo(account.email().strip());
            helper.setSubject(claimed.size() == 1
                    ? text("notification.mail.subject.one", render(claimed.get(0)))
                    : text("notification.mail.subject.many", claimed.size()));
            helper.setText(body(account, claimed), false);
            sender.send(message);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            ownTransaction.executeWithoutResult(status -> repository.releaseMail(claimed.stream().map(StoredNotice::id).toList()));
            log.warn("Mail to user {} ({} notices) failed; retried on the next run: {}", recipientId, claimed.size(), e.toString());
            return false;
        }
    }

    private String body(UserAccount account, List<StoredNotice> notices) {
        StringBuilder body = new StringBuilder();
        body.append(text("notification.mail.greeting", account.fullName())).append("\n\n");
        body.append(text("notification.mail.intro", notices.size())).append("\n\n");
        for (StoredNotice notice : notices) {
            body.append("- ").append(render(notice)).append('\n');
            body.append("  ").append(baseUrl).append("/notifications/").append(notice.id()).append("\n\n");
        }
        body.append(text("notification.mail.all", baseUrl + "/notifications")).append("\n\n");
        body.append("-- \n").append(text("notification.mail.footer")).append('\n');
        return body.toString();
    }

    private String render(StoredNotice notice) {
        return messages.getMessage(notice.messageKey(), notice.argsArray(), notice.messageKey(), VIETNAMESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
